import ProcedureModel
import ProcedureXML
import Testing

@Test func startAtAStepThatDoesNotExist() throws {
    // Every step is unreachable then; only the start is worth saying.
    let xml = cleanXML(replacing: [4: #"  <start step="debut"/>"#])
    #expect(try check(xml: xml) == ["t.xml:4:10: error: [missing-start] the procedure starts at 'debut', which does not exist"])
}

@Test func choiceGoingToAMissingStep() throws {
    #expect(
        try check(xml: cleanXML(sendingSecondChoiceTo: "revenu")) == [
            "t.xml:8:5: error: [missing-step] choice '2+' of step 'foyer' goes to 'revenu', which does not exist"
        ])
}

@Test func nextGoingToAMissingStep() throws {
    let xml = cleanXML(replacing: [13: #"    <next step="refu"/>"#])
    #expect(
        try check(xml: xml) == [
            "t.xml:13:5: error: [missing-step] step 'revenus' goes to 'refu', which does not exist",
            "t.xml:18:3: warning: [unreachable-step] step 'refus' cannot be reached from the start",
        ])
}

@Test func documentsAndHelpPointsMustBeInTheDirectories() throws {
    let xml = cleanXML(replacing: [
        16: #"    <text>Droit.</text><audio>Droit.</audio><document ref="avis"/><document ref="rib"/><helpPoint ref="caf"/>"#
    ])
    let documents = #"""
        <documents xmlns="urn:ariane:procedure:1">
          <document id="avis"><text>Avis d'impôt</text><audio>Votre avis d'impôt.</audio></document>
        </documents>
        """#
    guard case .documents(let known) = try ProcedureLoader().load(xml: Array(documents.utf8), file: "documents.xml")
    else {
        Issue.record("not a documents file")
        return
    }
    #expect(
        try check(xml: xml, documents: known) == [
            "t.xml:16:77: error: [missing-document] step 'fin' asks for document 'rib', which is not in the documents directory",
            "t.xml:16:99: error: [missing-help-point] step 'fin' points to help point 'caf', which is not in the help-points directory",
        ])
}
