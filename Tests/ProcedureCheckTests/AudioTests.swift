import ProcedureCheck
import ProcedureModel
import ProcedureXML
import Testing

@Test func stepsAndChoicesWithoutAudioAreReportedAtTheirText() throws {
    let xml = cleanXML(replacing: [
        6: "    <text>Combien êtes-vous ?</text>",
        8: #"    <choice value="2+" next="revenus"><text>Plusieurs</text></choice>"#,
    ])
    #expect(
        try check(xml: xml) == [
            "t.xml:6:5: error: [missing-audio] step 'foyer' has no <audio>: a person who cannot read would be stuck",
            "t.xml:8:39: error: [missing-audio] choice '2+' of step 'foyer' has no <audio>: a person who cannot read would be stuck",
        ])
}

@Test func directoryEntriesWithoutAudioAreReportedInTheirFiles() throws {
    let loader = try ProcedureLoader()
    let documentsXML = #"""
        <documents xmlns="urn:ariane:procedure:1">
          <document id="avis"><text>Avis d'impôt</text><audio>Votre avis d'impôt.</audio></document>
          <document id="rib"><text>RIB</text></document>
        </documents>
        """#
    let helpPointsXML = #"""
        <helpPoints xmlns="urn:ariane:procedure:1">
          <helpPoint id="mediateur" example="true">
            <name>Médiateur numérique</name>
            <text>Une personne vous aide.</text>
          </helpPoint>
        </helpPoints>
        """#
    guard case .documents(let documents) = try loader.load(xml: Array(documentsXML.utf8), file: "documents.xml"),
        case .helpPoints(let helpPoints) = try loader.load(xml: Array(helpPointsXML.utf8), file: "help-points.xml")
    else {
        Issue.record("not directory files")
        return
    }
    let library = ProcedureLibrary(
        procedures: [try loader.loadProcedure(xml: cleanXML, file: "procedures/t.xml")],
        documents: Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) }),
        helpPoints: Dictionary(uniqueKeysWithValues: helpPoints.map { ($0.id, $0) }),
        documentsFile: "procedures/documents.xml", helpPointsFile: "procedures/help-points.xml")
    #expect(
        ProcedureChecker.check(library).map(\.description) == [
            "procedures/documents.xml:3:3: error: [missing-audio] document 'rib' has no <audio>: a person who cannot read would be stuck",
            "procedures/help-points.xml:2:3: error: [missing-audio] help point 'mediateur' has no <audio>: a person who cannot read would be stuck",
        ])
}
