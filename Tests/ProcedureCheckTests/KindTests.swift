import ProcedureCheck
import ProcedureModel
import ProcedureXML
import Testing

@Test func outcomeWithoutResult() throws {
    #expect(
        try check(xml: cleanXML(replacing: [15: #"  <step id="fin" kind="outcome">"#])) == [
            "t.xml:15:3: error: [outcome-without-result] outcome step 'fin' has no result: add result=\"eligible\", \"not-eligible\" or \"refer\""
        ])
}

@Test func outcomeWithNextIgnoresIt() throws {
    let xml = cleanXML(replacing: [16: #"    <text>Droit.</text><audio>Droit.</audio><next step="foyer"/>"#])
    #expect(
        try check(xml: xml) == [
            "t.xml:15:3: warning: [outcome-with-ways-on] outcome step 'fin' ends the path: its <next> elements are ignored"
        ])
}

@Test func choiceQuestionWithOneChoice() throws {
    #expect(
        try check(xml: cleanXML(replacing: [8: ""])) == [
            "t.xml:5:3: error: [too-few-choices] question 'foyer' has only one choice: a choice question needs at least two"
        ])
}

@Test func yesNoQuestionNeedsOuiAndNon() throws {
    let xml = cleanXML(replacing: [
        5: #"  <step id="foyer" kind="question" answer="yesno">"#,
        7: #"    <choice value="oui" next="revenus"><text>Oui</text><audio>Oui.</audio></choice>"#,
        8: #"    <choice value="peut-etre" next="revenus"><text>Peut-être</text><audio>Peut-être.</audio></choice>"#,
    ])
    #expect(
        try check(xml: xml) == [
            "t.xml:5:3: error: [yes-no-choices] yes/no question 'foyer' must have exactly the choices 'oui' and 'non' (it has: 'oui', 'peut-etre')",
            "t.xml:12:22: warning: [value-not-a-choice] '$foyer' is compared with '1', which is not one of its choices (oui, peut-etre)",
        ])
}

@Test func numberQuestionWithMinAboveMax() throws {
    let xml = cleanXML(replacing: [10: #"  <step id="revenus" kind="question" answer="number" min="850" max="0.5">"#])
    #expect(
        try check(xml: xml) == [
            "t.xml:10:3: error: [impossible-number-range] number question 'revenus' has min 850 above max 0.5: no answer fits"
        ])
}

@Test func checklistWithoutDocuments() throws {
    let pieces = #"  <step id="pieces" kind="checklist"><text>Pièces</text><audio>Pièces.</audio><next step="revenus"/></step>"#
    #expect(
        try check(xml: cleanXML(sendingSecondChoiceTo: "pieces", adding: pieces)) == [
            "t.xml:21:3: warning: [checklist-without-document] checklist step 'pieces' lists no document: add <document ref=\"…\"/>"
        ])
}
