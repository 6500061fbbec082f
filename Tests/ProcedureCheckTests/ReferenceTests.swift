import ProcedureModel
import Testing

@Test func startAtAStepThatDoesNotExist() {
    // Every step is unreachable then; only the start is worth saying.
    #expect(check(procedure(start: "debut", clean().steps)) == [
        "t.xml:2:10: error: the procedure starts at 'debut', which does not exist",
    ])
}

@Test func choiceGoingToAMissingStep() {
    let foyer = step("foyer", .question, line: 3, choices: [
        choice("1", next: "revenus", line: 5), choice("2+", next: "revenu", line: 7),
    ])
    #expect(check(clean(with: foyer)) == [
        "t.xml:7:5: error: choice '2+' of step 'foyer' goes to 'revenu', which does not exist",
    ])
}

@Test func nextGoingToAMissingStep() {
    var revenus = clean().steps[1]
    revenus.transitions[1].target = "refu"
    #expect(check(clean(with: revenus)) == [
        "t.xml:13:5: error: step 'revenus' goes to 'refu', which does not exist",
        "t.xml:18:3: warning: step 'refus' cannot be reached from the start",
    ])
}

@Test func documentsAndHelpPointsMustBeInTheDirectories() {
    let fin = step(
        "fin", .outcome, line: 15,
        documents: [Reference(id: "avis-imposition", location: at(16, 5)), Reference(id: "rib", location: at(17, 5))],
        helpPoints: [Reference(id: "caf", location: at(18, 5))], outcome: .eligible)
    let known = ["avis-imposition": Document(id: "avis-imposition", prompt: voiced("Avis", at: at(3)))]
    #expect(check(clean(with: fin), documents: known) == [
        "t.xml:17:5: error: step 'fin' asks for document 'rib', which is not in the documents directory",
        "t.xml:18:5: error: step 'fin' points to help point 'caf', which is not in the help-points directory",
    ])
}
