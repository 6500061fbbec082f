import ProcedureModel
import Testing

@testable import GuideServer

/// The kiosk's view models answer the templates' lookups themselves (for speed): each must give, for
/// every one of its fields, what reflection would.
@Suite struct TemplateLookupTests {
    @Test func pageFrame() {
        let frame = PageFrame(
            lang: "ar", dir: "rtl", pageTitle: "Titre", text: ["back": "Retour"], idleSeconds: 90, idlePrompts: 2,
            autoplay: true, stillThereAudio: nil, page: "la page")
        expectLookupsMatchReflection(frame, frame.child)
    }

    @Test func stepPage() {
        let choice = KioskPages.ChoiceButton(value: "1", label: "1 personne", audio: "/kiosk/audio/fr/essai/foyer/choice/1")
        let step = KioskPages.StepView(
            procedureTitle: "Démarche", prompt: "Combien ?", audio: nil, notice: "Écrivez un nombre.", reprompt: false,
            isChoice: true, isNumber: false, isDate: false, isContinue: false, unit: "euros", example: "850", allowsDecimals: true, choices: [choice],
            documents: ["Une pièce d'identité"], link: "https://www.service-public.fr/", canGoBack: true, shown: "1.foyer")
        expectLookupsMatchReflection(step, step.child)
        expectLookupsMatchReflection(choice, choice.child)
    }

    @Test func helpAndOutcomePages() {
        let point = KioskPages.HelpPointItem(
            HelpPoint(
                id: "accueil", name: "Accueil", prompt: Prompt(text: "Une personne vous aide."), phone: nil, website: "https://example.org",
                address: "Mairie", hours: nil, isExample: true))
        let help = KioskPages.HelpView(
            question: "Combien ?", explanation: "Comptez-vous aussi.", audio: "/kiosk/audio/fr/essai/foyer/help", helpPoints: [point])
        let outcome = KioskPages.OutcomeView(
            procedureTitle: "Démarche", resultText: "Vous pouvez faire cette demande.", resultClass: "eligible", prompt: "Bravo.",
            audio: nil, documents: ["Une pièce d'identité"], helpPoints: [point])
        expectLookupsMatchReflection(point, point.child)
        expectLookupsMatchReflection(help, help.child)
        expectLookupsMatchReflection(outcome, outcome.child)
    }

    @Test func unknownNamesAreMissing() {
        let choice = KioskPages.ChoiceButton(value: "1", label: "1 personne", audio: nil)
        #expect(choice.child(named: "prompt") == nil)
    }
}

private func expectLookupsMatchReflection<Value>(_ value: Value, _ lookup: (String) -> Any?, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for field in Mirror(reflecting: value).children {
        guard let name = field.label else { continue }
        #expect(shown(lookup(name)) == shown(field.value), "\(Value.self).\(name)", sourceLocation: sourceLocation)
    }
}

/// A value as text, optionals unwrapped (as the templates see them).
private func shown(_ value: Any?) -> String {
    guard let value else { return "nil" }
    let mirror = Mirror(reflecting: value)
    guard mirror.displayStyle == .optional else { return String(describing: value) }
    return mirror.children.first.map { shown($0.value) } ?? "nil"
}
