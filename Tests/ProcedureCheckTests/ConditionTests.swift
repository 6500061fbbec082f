import ProcedureModel
import Testing

/// The clean procedure with the condition of the first `<next>` of 'revenus' (line 12) replaced.
private func revenus(when condition: Condition) -> Procedure {
    var revenus = clean().steps[1]
    revenus.transitions[0].condition = condition
    return clean(with: revenus)
}

@Test func conditionReadingAVariableNoStepDefines() {
    let condition = when("$revenu <= 850", reads: ["revenu"], line: 12)
    #expect(check(revenus(when: condition)) == [
        "t.xml:12:23: error: condition in step 'revenus' reads '$revenu', but no step is called 'revenu'",
    ])
}

@Test func conditionReadingAStepThatIsNotAQuestion() {
    let condition = when("$fin = 'oui'", reads: ["fin"], line: 12)
    #expect(check(revenus(when: condition)) == [
        "t.xml:12:23: error: condition in step 'revenus' reads '$fin', but step 'fin' is not a question, so it has no answer",
    ])
}

@Test func conditionReadingAQuestionAskedOnlyLater() {
    var revenus = clean().steps[1]
    revenus.transitions = [
        next("fin", when: when("$age >= 18", reads: ["age"], line: 12), line: 12), next("age", line: 13),
    ]
    let age = step("age", .question, line: 21, answer: .number(minimum: 0, maximum: 120, unit: nil),
                   next: [next("refus", line: 23)])
    #expect(check(procedure(start: "foyer", clean(with: revenus).steps + [age])) == [
        "t.xml:12:23: warning: condition in step 'revenus' reads '$age', but no path to 'revenus' goes through question 'age', so it is always empty there",
    ])
}

@Test func comparisonWithAValueTheQuestionCannotGive() {
    let condition = when("$foyer = '3'", reads: ["foyer"], compares: [("foyer", "3")], line: 12)
    #expect(check(revenus(when: condition)) == [
        "t.xml:12:23: warning: '$foyer' is compared with '3', which is not one of its choices (1, 2+)",
    ])
}
