import ProcedureModel
import Testing

@Test func cleanProcedureHasNothingToSay() {
    #expect(check(clean()) == [])
}

@Test func secondStepWithAnIDIsReportedWithTheFirstOnesLine() {
    let twice = procedure(start: "foyer", clean().steps + [step("fin", .outcome, line: 21, outcome: .eligible)])
    #expect(check(twice) == ["t.xml:21:3: error: step id 'fin' is already used on line 15"])
}

@Test func twoChoicesWithOneValueInAStep() {
    let foyer = step("foyer", .question, line: 3, choices: [
        choice("1", next: "revenus", line: 5), choice("1", next: "revenus", line: 7),
    ])
    #expect(check(clean(with: foyer)) == [
        "t.xml:7:5: error: choice value '1' is already used in step 'foyer' on line 5",
    ])
}
