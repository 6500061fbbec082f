import ProcedureModel
import ProcedureXML
import Testing

/// Input past a limit is refused by the scan before libxml2, at the place it goes past.
@Suite struct InputLimitTests {
    @Test func elementWithTooManyAttributesIsRefusedAtTheFirstOneTooMany() throws {
        let attributes = (0..<1_000).map { "a\($0)=\"x\"" }.joined(separator: " ")
        let xml = "<procedure xmlns=\"urn:ariane:procedure:1\" \(attributes)/>"
        // xmlns is the first of 32; `a31` is the 33rd, after 41 + 10 × 7 + 21 × 8 characters and a space.
        #expect(try diagnostics(of: xml) == ["t.xml:1:281: error: this element has more than 32 attributes; no Ariane element needs so many"])
    }

    @Test func translationFileWithTooManyUnitsIsRefusedAtTheFirstOneTooMany() throws {
        let units = (0...10_000).map { "      <trans-unit id=\"u\($0)\"><source>s</source></trans-unit>" }.joined(separator: "\n")
        let refused = #expect(throws: DiagnosticList.self) { try readXliff(xliff(units)) }
        // Units start on line 5; the 10,001st is on line 10,005.
        #expect(
            refused?.description
                == "css.xlf:10005:7: error: this file has more than 10000 <trans-unit>s; a translation file holds the strings of one procedure or directory")
    }

    @Test func tooLongTextIsRefusedWhereItStarts() throws {
        let xml = procedure(
            replacing: "<text>Combien de personnes vivent chez vous ?</text>",
            with: "<text>" + String(repeating: "a", count: 20_001) + "</text>")
        #expect(try diagnostics(of: xml) == ["t.xml:7:11: error: this text is longer than 20000 bytes; split it into steps a person can read"])
    }

    @Test func textOfExactlyTheLimitPassesTheScanAndMeetsTheSchema() throws {
        let xml = procedure(
            replacing: "<text>Combien de personnes vivent chez vous ?</text>",
            with: "<text>" + String(repeating: "a", count: 20_000) + "</text>")
        // The scan lets it through to libxml2, whose schema allows a prompt 4,000 characters.
        #expect(
            try diagnostics(of: xml) == [
                "t.xml:7:5: error: Element 'text': [facet 'maxLength'] The value has a length of '20000'; this exceeds the allowed maximum length of '4000'."
            ])
    }

    @Test func tooLongAttributeValueIsRefusedWhereItStarts() throws {
        let xml = procedure(replacing: "id=\"css\"", with: "id=\"" + String(repeating: "a", count: 20_001) + "\"")
        #expect(try diagnostics(of: xml) == ["t.xml:2:47: error: this attribute value is longer than 20000 bytes"])
    }
}
