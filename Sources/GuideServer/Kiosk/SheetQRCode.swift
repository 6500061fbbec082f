import CQRencode
import Foundation

/// A web address as a QR code, drawn by libqrencode and written as inline SVG.
///
/// Inline SVG needs no script and no image file: the page's Content-Security-Policy forbids inline
/// scripts, not inline drawings, and the code prints as sharp as the text beside it.
struct SheetQRCode: Sendable {
    /// Modules on each side, without the quiet zone.
    let width: Int
    /// Row by row, `true` for a dark module.
    let modules: [Bool]

    /// The blank border a reader needs around the code, in modules (the standard's minimum).
    static let quietZone = 4

    /// Drawn failed: libqrencode could not encode this text (too long for the largest code).
    struct Failure: Error, CustomStringConvertible {
        let text: String
        let errno: Int32
        var description: String { "cannot draw a QR code for '\(text)' (libqrencode errno \(errno))" }
    }

    /// Encodes `text` byte for byte (web addresses are case-sensitive), with medium error correction:
    /// a creased or smudged sheet still reads.
    init(encoding text: String) throws(Failure) {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else {
            throw Failure(text: text, errno: errno)
        }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        self.width = width
        // Bit 0 of each byte is the module's colour; the other bits describe how libqrencode placed it.
        let data = UnsafeBufferPointer(start: code.pointee.data, count: width * width)
        modules = data.map { $0 & 1 == 1 }
    }

    func isDark(row: Int, column: Int) -> Bool {
        modules[row * width + column]
    }

    /// The code as an `<svg>` element: a white square and one path made of a rectangle per run of dark
    /// modules in a row. `label` names it for screen readers (the address it opens).
    func svg(label: String, className: String = "qr") -> String {
        let side = width + 2 * Self.quietZone
        var path = ""
        for row in 0..<width {
            var column = 0
            while column < width {
                guard isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                let start = column
                while column < width, isDark(row: row, column: column) { column += 1 }
                path += "M\(start + Self.quietZone) \(row + Self.quietZone)h\(column - start)v1h-\(column - start)z"
            }
        }
        let label = KioskHTMLEscaping().escapeText(label)
        return ##"<svg class="\##(className)" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \##(side) \##(side)" role="img" "##
            + ##"aria-label="\##(label)" shape-rendering="crispEdges"><rect width="\##(side)" height="\##(side)" fill="#fff"/>"##
            + ##"<path d="\##(path)" fill="#000"/></svg>"##
    }

}
