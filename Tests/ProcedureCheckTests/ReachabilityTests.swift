import Testing

@Test func stepNoPathReaches() throws {
    let xml = cleanXML(addingSteps: information("aide", next: "fin"))
    #expect(try check(xml: xml) == ["t.xml:21:3: warning: [unreachable-step] step 'aide' cannot be reached from the start"])
}

@Test func stepThatIsNotAnOutcomeAndLeadsNowhere() throws {
    let xml = cleanXML(sendingSecondChoiceTo: "conseil", adding: information("conseil"))
    #expect(
        try check(xml: xml) == [
            "t.xml:21:3: error: [dead-end] step 'conseil' is a dead end: it is not an outcome, and no choice or <next> leads on"
        ])
}
