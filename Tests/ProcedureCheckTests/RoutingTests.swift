import Testing

private let secondChoiceWithoutNext =
    #"    <choice value="2+"><text>Plusieurs</text><audio>Plusieurs.</audio></choice>"#

@Test func choiceWithoutNextAndNoUnconditionalNextLeadsNowhere() throws {
    #expect(
        try check(xml: cleanXML(replacing: [8: secondChoiceWithoutNext])) == [
            "t.xml:8:5: error: [choice-leads-nowhere] choice '2+' of step 'foyer' leads nowhere: give it next=\"…\" or add a <next> without when"
        ])
}

@Test func choiceWithoutNextFallsToAnUnconditionalNext() throws {
    let xml = cleanXML(replacing: [8: secondChoiceWithoutNext, 9: #"    <next step="revenus"/></step>"#])
    #expect(try check(xml: xml) == [])
}

@Test func everyNextWithAConditionMayLeaveNoWayForward() throws {
    let xml = cleanXML(replacing: [13: #"    <next step="refus" when="$revenus &gt; 850"/>"#])
    #expect(
        try check(xml: xml) == [
            "t.xml:10:3: warning: [no-next-without-condition] step 'revenus' may have no way forward: every <next> has a condition; add a last <next> without when"
        ])
}
