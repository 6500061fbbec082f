import ProcedureModel
import Testing

@Test func choiceWithoutNextAndNoUnconditionalNextLeadsNowhere() {
    let foyer = step("foyer", .question, line: 3, choices: [
        choice("1", next: "revenus", line: 5), choice("2+", line: 7),
    ])
    #expect(check(clean(with: foyer)) == [
        "t.xml:7:5: error: choice '2+' of step 'foyer' leads nowhere: give it next=\"…\" or add a <next> without when",
    ])
}

@Test func choiceWithoutNextFallsToAnUnconditionalNext() {
    let foyer = step("foyer", .question, line: 3, choices: [
        choice("1", next: "revenus", line: 5), choice("2+", line: 7),
    ], next: [next("revenus", line: 9)])
    #expect(check(clean(with: foyer)) == [])
}

@Test func everyNextWithAConditionMayLeaveNoWayForward() {
    var revenus = clean().steps[1]
    revenus.transitions.removeLast()
    #expect(check(clean(with: revenus)) == [
        "t.xml:10:3: warning: step 'revenus' may have no way forward: every <next> has a condition; add a last <next> without when",
        "t.xml:18:3: warning: step 'refus' cannot be reached from the start",
    ])
}
