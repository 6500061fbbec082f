import ProcedureModel
import Testing

@Test func stepNoPathReaches() {
    let aside = step("aside", line: 21, next: [next("fin", line: 23)])
    #expect(check(clean(with: aside)) == ["t.xml:21:3: warning: step 'aside' cannot be reached from the start"])
}

@Test func stepThatIsNotAnOutcomeAndLeadsNowhere() {
    #expect(check(clean(sendingSecondChoiceTo: "conseil", plus: [step("conseil", line: 21)])) == [
        "t.xml:21:3: error: step 'conseil' is a dead end: it is not an outcome, and no choice or <next> leads on",
    ])
}
