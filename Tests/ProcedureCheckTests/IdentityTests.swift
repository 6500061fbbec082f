import Testing

@Test func cleanProcedureHasNothingToSay() throws {
    #expect(try check(xml: cleanXML) == [])
}

@Test func secondStepWithAnIDIsReportedWithTheFirstOnesLine() throws {
    let xml = cleanXML(addingSteps: #"  <step id="fin" kind="outcome" result="eligible"><text>Encore</text><audio>Encore.</audio></step>"#)
    #expect(try check(xml: xml) == ["t.xml:21:3: error: [duplicate-step-id] step id 'fin' is already used on line 15"])
}

@Test func twoChoicesWithOneValueInAStep() throws {
    let xml = cleanXML(replacing: [8: #"    <choice value="1" next="revenus"><text>Plusieurs</text><audio>Plusieurs.</audio></choice>"#])
    #expect(try check(xml: xml) == ["t.xml:8:5: error: [duplicate-choice-value] choice value '1' is already used in step 'foyer' on line 7"])
}
