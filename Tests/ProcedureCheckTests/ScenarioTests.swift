import Testing

@Test func procedureWithoutScenario() throws {
    let none = Dictionary(uniqueKeysWithValues: (21...28).map { ($0, "") })
    #expect(
        try check(xml: cleanXML(replacing: none)) == [
            "t.xml:1:1: warning: [no-scenario] procedure 't' has no scenario: add a <scenario> for each outcome"
        ])
}

@Test func outcomeNoScenarioExpects() throws {
    #expect(
        try check(xml: cleanXML(replacing: [27: #"    <expect outcome="fin"/>"#])) == [
            "t.xml:18:3: warning: [outcome-without-scenario] no scenario reaches outcome 'refus'"
        ])
}

@Test func scenarioNamingStepsAndDocumentsThatAreNotThere() throws {
    let xml = cleanXML(replacing: [
        22: #"    <answer step="fin" value="1"/><answer step="age" value="30"/>"#,
        23: #"    <expect outcome="revenus"><document ref="rib"/></expect>"#,
    ])
    #expect(
        try check(xml: xml) == [
            "t.xml:15:3: warning: [outcome-without-scenario] no scenario reaches outcome 'fin'",
            "t.xml:22:5: error: [scenario-unknown-step] scenario 'seul' answers step 'fin', which is not a question",
            "t.xml:22:35: error: [scenario-unknown-step] scenario 'seul' answers step 'age', which does not exist",
            "t.xml:23:13: error: [scenario-unknown-outcome] scenario 'seul' expects outcome 'revenus', which is not an outcome",
            "t.xml:23:41: error: [scenario-unknown-document] scenario 'seul' expects document 'rib', which is not in the documents directory",
        ])
}
