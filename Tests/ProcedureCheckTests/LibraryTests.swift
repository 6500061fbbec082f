import ProcedureCheck
import ProcedureModel
import Testing

@Test func procedureIDUsedByTwoFiles() {
    let library = ProcedureLibrary(procedures: [
        procedure(start: "foyer", clean().steps, file: "procedures/css.xml"),
        procedure(start: "foyer", clean().steps, file: "procedures/css-copie.xml"),
    ])
    #expect(ProcedureChecker.check(library).map(\.description) == [
        "procedures/css-copie.xml:1:1: error: procedure id 't' is already used in procedures/css.xml (line 1)",
    ])
}

@Test func libraryReportsEachProceduresProblemsInFileOrder() {
    var broken = procedure(start: "debut", clean().steps, file: "b.xml")
    broken.id = "b"
    let library = ProcedureLibrary(procedures: [broken, procedure(start: "foyer", clean().steps, scenarios: [], file: "a.xml")])
    #expect(ProcedureChecker.check(library).map(\.description) == [
        "a.xml:1:1: warning: procedure 't' has no scenario: add a <scenario> for each outcome",
        "b.xml:2:10: error: the procedure starts at 'debut', which does not exist",
    ])
}
