import ProcedureCheck
import ProcedureModel
import ProcedureXML
import Testing

/// An action step on one line: its text and audio say `text`, then come its `<do kind="website">` (the
/// place of every diagnostic below) and its `<next>`.
private func website(_ id: String, text: String, href: String = "https://www.caf.fr/", next: String) -> String {
    #"  <step id="\#(id)" kind="action"><text>\#(text)</text><audio>\#(text)</audio><do kind="website" href="\#(href)"/><next step="\#(next)"/></step>"#
}

/// A choice question on one line asking `text`, both choices going on to 'revenus'.
private func asking(_ id: String, _ text: String) -> String {
    let buttons = ["oui", "non"].map { #"<choice value="\#($0)" next="revenus"><text>\#($0)</text><audio>\#($0).</audio></choice>"# }
    return #"  <step id="\#(id)" kind="question"><text>\#(text)</text><audio>\#(text)</audio>\#(buttons.joined())</step>"#
}

/// The warning for step 'simulateur' sending to `href`, its `<do>` at `place`, and question 'resultat' on `line`.
private func askedAbout(at place: String, _ href: String, onLine line: Int) -> String {
    "t.xml:\(place): warning: [external-simulator] step 'simulateur' sends the person to a simulator (\(href)) "
        + "and question 'resultat' (line \(line)) asks what it said: ask the few questions here, let the person apply, "
        + "or send them to a person"
}

@Test func simulatorThenQuestionAboutItsAnswer() throws {
    let simulator = website("simulateur", text: "Faites la simulation sur caf.fr.", next: "resultat")
    let xml = cleanXML(sendingSecondChoiceTo: "simulateur", adding: simulator, asking("resultat", "Qu'a répondu le simulateur ?"))
    #expect(try check(xml: xml) == [askedAbout(at: "21:131", "https://www.caf.fr/", onLine: 22)])
}

@Test func questionAboutTheAnswerTwoStepsLater() throws {
    let simulator = website("simulateur", text: "Testez vos droits.", href: "https://www.caf.fr/simulateur", next: "attente")
    let xml = cleanXML(
        sendingSecondChoiceTo: "simulateur", adding: simulator, information("attente", next: "resultat"),
        asking("resultat", "La simulation dit-elle oui ?"))
    #expect(try check(xml: xml) == [askedAbout(at: "21:103", "https://www.caf.fr/simulateur", onLine: 23)])
}

@Test func simulatorThatAsksToComeBack() throws {
    let simulator = website("simulateur", text: "Faites le simulateur. Puis revenez ici.", next: "revenus")
    #expect(
        try check(xml: cleanXML(sendingSecondChoiceTo: "simulateur", adding: simulator)) == [
            "t.xml:21:145: warning: [external-simulator] step 'simulateur' sends the person to a simulator (https://www.caf.fr/) "
                + "and asks them to come back: ask the few questions here, let the person apply, or send them to a person"
        ])
}

@Test func websiteThatIsNoSimulatorIsFine() throws {
    let site = website("compte", text: "Créez votre compte sur caf.fr. Puis revenez ici.", next: "resultat")
    let xml = cleanXML(sendingSecondChoiceTo: "compte", adding: site, asking("resultat", "Avez-vous créé votre compte ?"))
    #expect(try check(xml: xml) == [])
}

@Test func simulatorForLaterAtHomeIsFine() throws {
    let later = website("plus-tard", text: "Chez vous, vous pourrez faire le simulateur.", next: "revenus")
    #expect(try check(xml: cleanXML(sendingSecondChoiceTo: "plus-tard", adding: later)) == [])
}

@Test func questionAboutTheSimulatorTooFarAwayIsNotItsAnswer() throws {
    let simulator = website("simulateur", text: "Faites la simulation sur caf.fr.", next: "a")
    let xml = cleanXML(
        sendingSecondChoiceTo: "simulateur", adding: simulator, information("a", next: "b"), information("b", next: "c"),
        information("c", next: "resultat"), asking("resultat", "Qu'a répondu le simulateur ?"))
    #expect(try check(xml: xml) == [])
}
