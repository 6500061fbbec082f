import ProcedureCheck
import ProcedureModel
import Testing

@Test func stepsAndChoicesWithoutAudioAreReportedAtTheirText() {
    var foyer = clean().steps[0]
    foyer.prompt.audio = nil
    foyer.choices[1].prompt.audio = nil
    #expect(check(clean(with: foyer)) == [
        "t.xml:4:5: error: step 'foyer' has no <audio>: a person who cannot read would be stuck",
        "t.xml:8:7: error: choice '2+' of step 'foyer' has no <audio>: a person who cannot read would be stuck",
    ])
}

@Test func directoryEntriesWithoutAudioAreReportedInTheirFiles() {
    let library = ProcedureLibrary(
        procedures: [clean()],
        documents: [
            "rib": Document(id: "rib", prompt: Prompt(text: "RIB", location: at(4, 5)), location: at(3)),
            "avis": Document(id: "avis", prompt: voiced("Avis", at: at(8, 5)), location: at(7)),
        ],
        helpPoints: ["caf": HelpPoint(id: "caf", name: "CAF", prompt: Prompt(text: "La CAF"), location: at(5))],
        documentsFile: "procedures/documents.xml", helpPointsFile: "procedures/help-points.xml")
    #expect(ProcedureChecker.check(library).map(\.description) == [
        "procedures/documents.xml:3:3: error: document 'rib' has no <audio>: a person who cannot read would be stuck",
        "procedures/help-points.xml:5:3: error: help point 'caf' has no <audio>: a person who cannot read would be stuck",
    ])
}
