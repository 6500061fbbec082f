import Foundation
import ProcedureModel
import ProcedureXML
import Testing

/// Files say they are UTF-8 and are: anything else is refused with the way to fix it.
@Suite struct EncodingTests {
    @Test func utf16IsRefused() throws {
        let text = validProcedure.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        let bytes = [UInt8]([0xFF, 0xFE]) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try diagnostics(ofBytes: bytes) == ["t.xml:1:1: error: the file is UTF-16; Ariane reads only UTF-8: save it as UTF-8"])
    }

    @Test func latin1IsRefusedAtItsDeclaration() throws {
        let text = validProcedure.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\"")
        let bytes = try #require(text.data(using: .isoLatin1))
        #expect(
            try diagnostics(ofBytes: Array(bytes)) == [
                "t.xml:1:21: error: the file declares encoding=\"ISO-8859-1\"; Ariane reads only UTF-8: save it as UTF-8 and write encoding=\"UTF-8\""
            ])
    }

    @Test func ebcdicIsRefused() throws {
        // `<?xml version="1.0" encoding="IBM037"?><a/>` in EBCDIC code page 037.
        let bytes: [UInt8] = [
            0x4C, 0x6F, 0xA7, 0x94, 0x93, 0x40, 0xA5, 0x85, 0x99, 0xA2, 0x89, 0x96, 0x95, 0x7E, 0x7F, 0xF1, 0x4B, 0xF0, 0x7F, 0x40,
            0x85, 0x95, 0x83, 0x96, 0x84, 0x89, 0x95, 0x87, 0x7E, 0x7F, 0xC9, 0xC2, 0xD4, 0xF0, 0xF3, 0xF7, 0x7F, 0x6F, 0x6E,
            0x4C, 0x81, 0x61, 0x6E,
        ]
        #expect(try diagnostics(ofBytes: bytes) == ["t.xml:1:1: error: the file is EBCDIC; Ariane reads only UTF-8: save it as UTF-8"])
    }

    @Test func lowerCaseUTF8DeclarationAndByteOrderMarkAreRead() throws {
        let text = validProcedure.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding='utf-8'")
        #expect(try diagnostics(ofBytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8)) == [])
    }
}
