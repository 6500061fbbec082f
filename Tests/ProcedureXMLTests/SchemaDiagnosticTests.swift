import ProcedureModel
import ProcedureXML
import Testing

/// Schema and condition faults, each reported at the line and column an author's editor shows.
@Suite struct SchemaDiagnosticTests {
    @Test func validProcedureHasNoDiagnostics() throws {
        #expect(try diagnostics(of: validProcedure) == [])
    }

    @Test func unknownStepKindPointsAtTheAttribute() throws {
        let xml = procedure(replacing: #"<step id="fin" kind="outcome""#, with: #"<step id="fin" kind="finish""#)
        #expect(
            try diagnostics(of: xml) == [
                "t.xml:19:18: error: Element 'step', attribute 'kind': [facet 'enumeration'] The value 'finish' is not an element of the set {'information', 'question', 'checklist', 'action', 'outcome'}."
            ])
    }

    @Test func missingRequiredAttributePointsAtTheElement() throws {
        let xml = procedure(replacing: #"<start step="foyer"/>"#, with: "<start/>")
        #expect(try diagnostics(of: xml) == ["t.xml:5:3: error: Element 'start': The attribute 'step' is required but missing."])
    }

    @Test func elementOutOfOrderIsNamed() throws {
        let xml = procedure(
            replacing: "    <text>Combien gagnez-vous par mois ?</text>\n    <audio>Combien gagnez-vous par mois ?</audio>",
            with: "    <audio>Combien gagnez-vous par mois ?</audio>\n    <text>Combien gagnez-vous par mois ?</text>")
        #expect(
            try diagnostics(of: xml) == [
                "t.xml:14:5: error: Element 'audio': This element is not expected. Expected is ( text )."
            ])
    }

    @Test func unknownSayAsIsRefused() throws {
        let xml = procedure(replacing: "<audio>Une personne.</audio>", with: #"<audio><say-as interpret-as="poem">1</say-as></audio>"#)
        let found = try diagnostics(of: xml)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("t.xml:9:61: error: Element 'say-as', attribute 'interpret-as': [facet 'enumeration'] The value 'poem'") == true)
    }

    @Test func missingLanguageIsReported() throws {
        let xml = procedure(replacing: #" xml:lang="fr""#, with: "")
        #expect(
            try diagnostics(of: xml) == [
                "t.xml:2:1: error: <procedure> needs xml:lang, the language its text is written in (for example xml:lang=\"fr\")"
            ])
    }

    @Test func conditionSyntaxErrorPointsAtTheFault() throws {
        let xml = procedure(replacing: #"when="$foyer = '1'""#, with: #"when="$foyer &lt;= 2 and = 1""#)
        // `&lt;` is one character of the expression but four in the file: the column counts the file.
        #expect(try diagnostics(of: xml) == ["t.xml:11:51: error: invalid condition: invalid expression"])
    }

    @Test func unknownFunctionIsFoundEvenWhereEvaluationWouldSkipIt() throws {
        let xml = procedure(replacing: #"when="$foyer = '1'""#, with: #"when="$foyer = '1' and frob($foyer)""#)
        #expect(try diagnostics(of: xml) == ["t.xml:11:49: error: 'frob()' is not an XPath 1.0 function"])
    }

    @Test func nameWithoutDollarIsReported() throws {
        let xml = procedure(replacing: #"when="$foyer = '1'""#, with: #"when="foyer = '1'""#)
        #expect(
            try diagnostics(of: xml) == [
                "t.xml:11:32: error: 'foyer' in a condition is not an answer: write $foyer to read the answer to step 'foyer'"
            ])
    }
}
