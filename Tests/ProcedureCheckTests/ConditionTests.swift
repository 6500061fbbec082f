import Testing

/// The clean file with the condition of the first `<next>` of 'revenus' (line 12, `when` at column 22).
private func revenus(when condition: String) -> String {
    cleanXML(replacing: [12: #"    <next step="fin" when="\#(condition)"/>"#])
}

@Test func conditionReadingAVariableNoStepDefines() throws {
    #expect(
        try check(xml: revenus(when: "$revenu &lt;= 850")) == [
            "t.xml:12:22: error: [unknown-variable] condition in step 'revenus' reads '$revenu', but no step is called 'revenu'"
        ])
}

@Test func conditionReadingAStepThatIsNotAQuestion() throws {
    #expect(
        try check(xml: revenus(when: "$fin = 'oui'")) == [
            "t.xml:12:22: error: [variable-not-a-question] condition in step 'revenus' reads '$fin', but step 'fin' is not a question, so it has no answer"
        ])
}

@Test func conditionReadingAQuestionAskedOnlyLater() throws {
    let age = #"  <step id="age" kind="question" answer="number"><text>Âge ?</text><audio>Âge ?</audio><next step="refus"/></step>"#
    let xml = cleanXML(
        replacing: [12: #"    <next step="fin" when="$age &gt;= 18"/>"#, 13: #"    <next step="age"/>"#], addingSteps: age)
    #expect(
        try check(xml: xml) == [
            "t.xml:12:22: warning: [variable-never-answered] condition in step 'revenus' reads '$age', but no path to 'revenus' goes through question 'age', so it is always empty there"
        ])
}

@Test func comparisonWithAValueTheQuestionCannotGive() throws {
    #expect(
        try check(xml: revenus(when: "$foyer = '3'")) == [
            "t.xml:12:22: warning: [value-not-a-choice] '$foyer' is compared with '3', which is not one of its choices (1, 2+)"
        ])
}

@Test func numberAnswerComparedWithTextThatIsNotANumber() throws {
    #expect(
        try check(xml: revenus(when: "$revenus = 'beaucoup'")) == [
            "t.xml:12:22: warning: [number-compared-with-text] '$revenus' is a number, compared with 'beaucoup', which is not a number: `=` never holds and `!=` always does"
        ])
}

@Test func numberAnswerComparedWithTextThatReadsAsANumber() throws {
    #expect(try check(xml: revenus(when: "$revenus = ' -850.5 '")) == [])
}
