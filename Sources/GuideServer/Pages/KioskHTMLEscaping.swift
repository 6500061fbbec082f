import Mustache

/// HTML escaping for the templates, over UTF-8 bytes: the same five characters as swift-mustache's
/// own (`<`, `>`, `&`, `"`, `'`), but that one walks grapheme clusters and took a fifth of a step
/// page's time (bench/kiosk_vs_nginx.sh). All five are ASCII, so no multi-byte character is touched.
///
/// Templates opt in with `{{% CONTENT_TYPE: KIOSK_HTML}}` on their first line; ``register()`` must
/// run before they are parsed.
struct KioskHTMLEscaping: MustacheContentType {
    static let name = "KIOSK_HTML"

    static func register() {
        MustacheContentTypes.register(KioskHTMLEscaping(), named: name)
    }

    func escapeText(_ text: String) -> String {
        // Most texts need nothing: they are handed back as they are, not copied.
        guard text.utf8.contains(where: Self.needsEscaping) else { return text }
        var text = text
        return text.withUTF8 { bytes in
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): escaped.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): escaped.append(contentsOf: "&#39;".utf8)
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        }
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }
}
