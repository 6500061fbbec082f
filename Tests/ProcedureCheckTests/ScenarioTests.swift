import ProcedureModel
import Testing

@Test func procedureWithoutScenario() {
    #expect(check(procedure(start: "foyer", clean().steps, scenarios: [])) == [
        "t.xml:1:1: warning: procedure 't' has no scenario: add a <scenario> for each outcome",
    ])
}

@Test func outcomeNoScenarioExpects() {
    let scenarios = [scenario("seul", expects: "fin", line: 21)]
    #expect(check(procedure(start: "foyer", clean().steps, scenarios: scenarios)) == [
        "t.xml:18:3: warning: no scenario reaches outcome 'refus'",
    ])
}

@Test func scenarioNamingStepsAndDocumentsThatAreNotThere() {
    let answers = [
        Scenario.Answer(step: "foyer", value: "1", location: at(22, 5)),
        Scenario.Answer(step: "fin", value: "1", location: at(23, 5)),
        Scenario.Answer(step: "age", value: "30", location: at(24, 5)),
    ]
    var wrong = scenario("seul", expects: "revenus", line: 21, answers: answers)
    wrong.expectedOutcome.location = at(25, 13)
    wrong.expectedDocuments = [Reference(id: "rib", location: at(26, 7))]
    let scenarios = [wrong] + ["fin", "refus"].enumerated().map { scenario($1, expects: $1, line: 30 + 3 * $0) }
    #expect(check(procedure(start: "foyer", clean().steps, scenarios: scenarios)) == [
        "t.xml:23:5: error: scenario 'seul' answers step 'fin', which is not a question",
        "t.xml:24:5: error: scenario 'seul' answers step 'age', which does not exist",
        "t.xml:25:13: error: scenario 'seul' expects outcome 'revenus', which is not an outcome",
        "t.xml:26:7: error: scenario 'seul' expects document 'rib', which is not in the documents directory",
    ])
}
