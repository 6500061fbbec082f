import Foundation
import ProcedureModel
import ProcedureXML
import Testing

/// Files written to hurt: each must get one clear error, never a crash, a hang, or another file's content.
@Suite struct HostileInputTests {
    @Test func billionLaughsIsRefusedAtItsDoctype() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            <procedure xmlns="urn:ariane:procedure:1">&lol4;</procedure>
            """
        #expect(try diagnostics(of: xml) == ["t.xml:2:1: error: a <!DOCTYPE> is not allowed: procedure files take no DTD and no entities"])
    }

    @Test func externalEntityToALocalFileNeverShowsItsContent() throws {
        let folder = try temporaryFolder()
        let secret = folder.appendingPathComponent("secret.txt")
        try "TOP-SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE procedure [<!ENTITY x SYSTEM "\(secret.absoluteString)">]>
            <procedure xmlns="urn:ariane:procedure:1" id="x" version="1"><title>&x;</title></procedure>
            """
        let found = try diagnostics(of: xml)
        #expect(found == ["t.xml:2:1: error: a <!DOCTYPE> is not allowed: procedure files take no DTD and no entities"])
        #expect(!found.joined().contains("TOP-SECRET"))
    }

    @Test func externalEntityToAURLIsRefused() throws {
        let xml = "<!-- a comment first -->\n<!DOCTYPE procedure SYSTEM \"http://example.invalid/evil.dtd\">\n<procedure/>"
        #expect(try diagnostics(of: xml) == ["t.xml:2:1: error: a <!DOCTYPE> is not allowed: procedure files take no DTD and no entities"])
    }

    @Test func fiftyMegabyteFileIsRefusedBeforeReading() throws {
        let folder = try temporaryFolder()
        let big = folder.appendingPathComponent("big.xml")
        let chunk = Data(String(repeating: "<a>x</a>", count: 131_072).utf8)  // 1 MiB
        _ = FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        for _ in 0..<50 { handle.write(chunk) }
        try handle.close()
        let found = try ProcedureLoader().validate(at: big.path).map(\.description)
        #expect(found == ["\(big.path):1:1: error: the file is 50.0 MB; a file may be at most 5.0 MB"])
    }

    @Test func hundredThousandNestedElementsStopAtTheDepthLimit() throws {
        let xml =
            "<procedure xmlns=\"urn:ariane:procedure:1\">" + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
            + "</procedure>"
        // The 257th element opens at column 42 + 256 × 3 + 1.
        #expect(try diagnostics(of: xml) == ["t.xml:1:811: error: elements are nested too deeply (more than 256 levels)"])
    }

    @Test func invalidUTF8IsReportedWhereItStands() throws {
        var bytes = Array("<?xml version=\"1.0\"?>\n<procedure xmlns=\"urn:ariane:procedure:1\" id=\"a\" version=\"1\">\n  <title>caf".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("</title>\n</procedure>\n".utf8)
        #expect(try diagnostics(ofBytes: bytes) == ["t.xml:3:13: error: the file is not valid UTF-8 (Bytes: 0xFF 0xFE 0x3C 0x2F)"])
    }

    @Test func emptyFileSaysSo() throws {
        #expect(try diagnostics(of: "") == ["t.xml:1:1: error: the file is empty"])
    }

    @Test func malformedXMLGivesOnlyTheFirstError() throws {
        let xml = "<procedure xmlns=\"urn:ariane:procedure:1\">\n  <title>t</title>\n  <oops>\n</procedure>\n"
        #expect(try diagnostics(of: xml) == ["t.xml:4:13: error: Opening and ending tag mismatch: oops line 3 and procedure"])
    }
}
