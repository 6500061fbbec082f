/// Ariane's files are UTF-8, as the format says. libxml2 would quietly convert UTF-16, Latin-1 or
/// EBCDIC; an author's editor, `git diff` and the translation tools would not, so such a file is
/// refused here, before libxml2 reads it, with the way to fix it.
enum DeclaredEncoding {
    /// What is wrong with the encoding of `bytes`, and the byte it is seen at; `nil` for UTF-8.
    ///
    /// Bytes that are not valid UTF-8 in a file that claims nothing else are left to libxml2, which
    /// reports the first one at its place.
    static func problem(in bytes: [UInt8]) -> (offset: Int, message: String)? {
        let resave = "save it as UTF-8"
        if starts(bytes, with: [0x00, 0x00, 0xFE, 0xFF]) || starts(bytes, with: [0xFF, 0xFE, 0x00, 0x00]) {
            return (0, "the file is UTF-32; Ariane reads only UTF-8: \(resave)")
        }
        if starts(bytes, with: [0xFE, 0xFF]) || starts(bytes, with: [0xFF, 0xFE])
            || starts(bytes, with: [0x00, UInt8(ascii: "<")]) || starts(bytes, with: [UInt8(ascii: "<"), 0x00])
        {
            return (0, "the file is UTF-16; Ariane reads only UTF-8: \(resave)")
        }
        // `<?xm` in EBCDIC: an XML file from a mainframe.
        if starts(bytes, with: [0x4C, 0x6F, 0xA7, 0x94]) {
            return (0, "the file is EBCDIC; Ariane reads only UTF-8: \(resave)")
        }
        guard let (offset, name) = encodingDeclaration(in: bytes), name.lowercased() != "utf-8" else { return nil }
        return (offset, "the file declares encoding=\"\(name)\"; Ariane reads only UTF-8: \(resave) and write encoding=\"UTF-8\"")
    }

    private static func starts(_ bytes: [UInt8], with prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 }
    }

    /// The `encoding="…"` of the XML declaration, with the offset of `encoding`: only the first line
    /// of the file, after an optional UTF-8 byte order mark, can hold it.
    private static func encodingDeclaration(in bytes: [UInt8]) -> (offset: Int, name: String)? {
        let start = starts(bytes, with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard starts(Array(bytes[start...].prefix(5)), with: Array("<?xml".utf8)) else { return nil }
        guard let end = bytes[start...].prefix(200).firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let declaration = bytes[start..<end]
        let key = Array("encoding".utf8)
        guard
            let keyOffset = declaration.indices.first(where: { index in
                index + key.count <= end && Array(bytes[index..<index + key.count]) == key
            })
        else { return nil }
        var cursor = keyOffset + key.count
        while cursor < end, bytes[cursor] != UInt8(ascii: "\""), bytes[cursor] != UInt8(ascii: "'") { cursor += 1 }
        guard cursor < end else { return nil }
        let quote = bytes[cursor]
        guard let close = bytes[(cursor + 1)..<end].firstIndex(of: quote) else { return nil }
        return (keyOffset, String(decoding: bytes[(cursor + 1)..<close], as: UTF8.self))
    }
}
