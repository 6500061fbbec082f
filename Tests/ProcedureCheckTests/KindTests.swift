import ProcedureModel
import Testing

@Test func outcomeWithoutResult() {
    #expect(check(clean(with: step("fin", .outcome, line: 15))) == [
        "t.xml:15:3: error: outcome step 'fin' has no result: add result=\"eligible\", \"not-eligible\" or \"refer\"",
    ])
}

@Test func outcomeWithChoicesOrNextIgnoresThem() {
    let fin = step("fin", .outcome, line: 15, next: [next("foyer", line: 17)], outcome: .eligible)
    #expect(check(clean(with: fin)) == [
        "t.xml:15:3: warning: outcome step 'fin' ends the path: its <next> elements are ignored",
    ])
}

@Test func questionWithoutAnswerKind() {
    var foyer = clean().steps[0]
    foyer.answer = nil
    #expect(check(clean(with: foyer)) == [
        "t.xml:3:3: error: question 'foyer' has no answer kind: add answer=\"choice\", \"yesno\", \"number\" or \"date\"",
    ])
}

@Test func choiceQuestionWithOneChoice() {
    let foyer = step("foyer", .question, line: 3, choices: [choice("1", next: "revenus", line: 5)])
    #expect(check(clean(with: foyer)) == [
        "t.xml:3:3: error: question 'foyer' has only one choice: a choice question needs at least two",
    ])
}

@Test func yesNoQuestionNeedsOuiAndNon() {
    let foyer = step("foyer", .question, line: 3, answer: .yesNo, choices: [
        choice("oui", next: "revenus", line: 5), choice("peut-etre", next: "revenus", line: 7),
    ])
    #expect(check(clean(with: foyer)) == [
        "t.xml:3:3: error: yes/no question 'foyer' must have exactly the choices 'oui' and 'non' (it has: 'oui', 'peut-etre')",
        "t.xml:12:23: warning: '$foyer' is compared with '1', which is not one of its choices (oui, peut-etre)",
    ])
}

@Test func numberQuestionWithMinAboveMax() {
    var revenus = clean().steps[1]
    revenus.answer = .number(minimum: 850, maximum: 0.5, unit: "€")
    #expect(check(clean(with: revenus)) == [
        "t.xml:10:3: error: number question 'revenus' has min 850 above max 0.5: no answer fits",
    ])
}

@Test func checklistWithoutDocuments() {
    let foyer = step("foyer", .question, line: 3, choices: [
        choice("1", next: "revenus", line: 5), choice("2+", next: "pieces", line: 7),
    ])
    let pieces = step("pieces", .checklist, line: 21, next: [next("revenus", line: 23)])
    #expect(check(procedure(start: "foyer", clean(with: foyer).steps + [pieces])) == [
        "t.xml:21:3: warning: checklist step 'pieces' lists no document: add <document ref=\"…\"/>",
    ])
}
