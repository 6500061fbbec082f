import ProcedureCheck
import ProcedureModel
import ProcedureXML
import Testing

@Test func procedureIDUsedByTwoFiles() throws {
    let loader = try ProcedureLoader()
    let library = ProcedureLibrary(procedures: [
        try loader.loadProcedure(xml: cleanXML, file: "procedures/css.xml"),
        try loader.loadProcedure(xml: cleanXML, file: "procedures/css-copie.xml"),
    ])
    #expect(
        ProcedureChecker.check(library).map(\.description) == [
            "procedures/css-copie.xml:1:1: error: [duplicate-procedure-id] procedure id 't' is already used in procedures/css.xml (line 1)"
        ])
}

@Test func libraryReportsEveryProceduresProblemsInFileOrder() throws {
    let loader = try ProcedureLoader()
    let noScenario = Dictionary(uniqueKeysWithValues: (21...28).map { ($0, "") })
    let library = ProcedureLibrary(procedures: [
        try loader.loadProcedure(xml: cleanXML(replacing: [4: #"  <start step="debut"/>"#]), file: "b.xml"),
        try loader.loadProcedure(
            xml: cleanXML(replacing: noScenario.merging([1: #"<procedure xmlns="urn:ariane:procedure:1" id="a" version="1" xml:lang="fr">"#]) { $1 }),
            file: "a.xml"),
    ])
    #expect(
        ProcedureChecker.check(library).map(\.description) == [
            "a.xml:1:1: warning: [no-scenario] procedure 'a' has no scenario: add a <scenario> for each outcome",
            "b.xml:4:10: error: [missing-start] the procedure starts at 'debut', which does not exist",
        ])
}
