import ProcedureModel
import Testing

@testable import ProcedureXML

/// Columns count characters, not bytes, however long the line and wherever the counting blocks split it.
@Suite struct SourceMapTests {
    @Test func columnsCountCharactersOnALongLineOfTwoByteLetters() {
        // 300 two-byte letters cross two 256-byte counting blocks.
        let text = "<a>" + String(repeating: "é", count: 300) + "x\n" + String(repeating: "ab", count: 200) + "<b/></a>"
        let map = SourceMap(bytes: Array(text.utf8))
        #expect(map.location(ofByte: 3 + 600) == SourceLocation(line: 1, column: 304))
        #expect(map.location(ofByte: 3 + 600 + 2 + 400) == SourceLocation(line: 2, column: 401))
        #expect(map.location(ofElement: 1) == SourceLocation(line: 2, column: 401))
    }
}
