import GuideEngine
import ProcedureModel

/// Turns a session's state into the view model of the page that shows it, in the session's language.
extension LocalizedContent {
    func stepView(_ session: Session, notice: String?, withAudio: Bool) -> KioskPages.StepView? {
        guard let step = session.currentStep else { return nil }
        let (locale, procedure) = (session.context.locale, session.procedure.id)
        let kind = step.answer
        let isQuestion = step.kind == .question
        let isChoice = isQuestion && (kind == .choice || kind == .yesNo || kind == nil)
        var unit: String?
        var example: String?
        var isNumber = false
        var allowsDecimals = false
        if case .number(_, _, let numberUnit, let whole, let numberExample)? = kind {
            isNumber = isQuestion
            unit = numberUnit
            example = numberExample
            allowsDecimals = !whole
        }
        return KioskPages.StepView(
            procedureTitle: session.procedure.title,
            prompt: step.prompt.text,
            audio: withAudio && step.prompt.audio != nil ? AudioPath.forStep(locale, procedure, step.id) : nil,
            notice: notice,
            reprompt: false,
            isChoice: isChoice,
            isNumber: isNumber,
            isDate: isQuestion && kind == .date,
            isContinue: !isQuestion && step.kind != .outcome,
            unit: unit,
            example: example,
            allowsDecimals: allowsDecimals,
            choices: isChoice
                ? step.choices.map { choice in
                    KioskPages.ChoiceButton(
                        value: choice.value, label: choice.prompt.text,
                        audio: withAudio && choice.prompt.audio != nil ? AudioPath.forChoice(locale, procedure, step.id, choice.value) : nil
                    )
                } : [],
            documents: step.kind == .checklist ? step.documents.map { documentText($0.id) } : [],
            link: step.action?.href,
            canGoBack: session.path.count > 1,
            shown: ShownStep(session)?.formValue
        )
    }

    /// `localKinds`: the organisation kinds the step names that have a place near the site (``NearbyHelp``),
    /// whose national service is then not listed.
    func helpView(_ session: Session, withAudio: Bool, localKinds: Set<String> = []) -> KioskPages.HelpView? {
        guard let step = session.currentStep else { return nil }
        let locale = session.context.locale
        return KioskPages.HelpView(
            question: step.prompt.text,
            explanation: step.prompt.help ?? word("noExplanation"),
            // Heard either way: the step's explanation, or the sentence that says there is none.
            audio: withAudio
                ? step.prompt.help.map { _ in AudioPath.forHelp(locale, session.procedure.id, step.id) } ?? AudioPath.forWord(locale, "noExplanation") : nil,
            helpPoints: helpPoints(step.helpPointIDs(localKinds: localKinds), in: session.procedure)
        )
    }

    func outcomeView(_ session: Session, withAudio: Bool, localKinds: Set<String> = []) -> KioskPages.OutcomeView? {
        guard let step = session.currentStep, step.kind == .outcome else { return nil }
        let result = step.outcome ?? .refer
        let resultText: String
        switch result {
        case .eligible: resultText = word("eligible")
        case .notEligible: resultText = word("notEligible")
        case .refer: resultText = word("refer")
        }
        return KioskPages.OutcomeView(
            procedureTitle: session.procedure.title,
            resultText: resultText,
            resultClass: result.rawValue,
            prompt: step.prompt.text,
            audio: withAudio && step.prompt.audio != nil ? AudioPath.forStep(session.context.locale, session.procedure.id, step.id) : nil,
            documents: session.checklist.map(documentText),
            helpPoints: helpPoints(step.helpPointIDs(localKinds: localKinds), in: session.procedure)
        )
    }

    func documentText(_ id: String) -> String {
        library.documents[id]?.prompt.text ?? id
    }

    /// Real entries only: see ``LocalHelpPoints``.
    func helpPoints(_ ids: [String], in procedure: Procedure) -> [KioskPages.HelpPointItem] {
        LocalHelpPoints.shown(ids, in: procedure, from: library).map(KioskPages.HelpPointItem.init)
    }
}
