import GuideEngine
import ProcedureModel

/// Builds the API's JSON shapes from engine values.
extension GuideServices {
    func apiSession(_ session: Session, token: String? = nil, applied: SessionRunner.Applied? = nil, handOffCode: String? = nil) -> Api.Session {
        let state: String
        switch session.state {
        case .notStarted: state = "not-started"
        case .atStep: state = "at-step"
        case .finished: state = "finished"
        case .abandoned: state = "abandoned"
        }
        let step = session.currentStep
        var outcome: Api.Outcome?
        if case .finished = session.state, let step {
            outcome = Api.Outcome(
                result: (step.outcome ?? .refer).rawValue, documents: session.checklist,
                helpPoints: apiHelpPoints(step.helpPointIDs(localKinds: localKinds(step)), in: session))
        }
        var help: Api.Help?
        if let applied, applied.effects.contains(where: { if case .showHelp = $0 { true } else { false } }), let step {
            help = Api.Help(text: step.prompt.help, helpPoints: apiHelpPoints(step.helpPointIDs(localKinds: localKinds(step)), in: session))
        }
        return Api.Session(
            token: token, procedure: session.procedure.id, locale: session.context.locale, state: state,
            step: step.map(apiStep), path: session.path, canGoBack: session.path.count > 1, checklist: session.checklist,
            outcome: outcome,
            rejected: applied?.rejection.map { Api.Rejected(code: $0.code, message: $0.message(in: content(session.context.locale).interface)) },
            help: help, handOffCode: handOffCode
        )
    }

    func apiStep(_ step: Step) -> Api.Step {
        var answer: String?
        var unit: String?
        var minimum: Double?
        var maximum: Double?
        switch step.answer {
        case .choice?: answer = "choice"
        case .yesNo?: answer = "yesno"
        case .date?: answer = "date"
        case .number(let low, let high, let numberUnit, _, _)?:
            answer = "number"
            (minimum, maximum, unit) = (low, high, numberUnit)
        case nil: answer = nil
        }
        return Api.Step(
            id: step.id, kind: step.kind.rawValue, text: step.prompt.text, audio: step.prompt.audio.map(apiAudio),
            help: step.prompt.help, answer: answer, unit: unit, minimum: minimum, maximum: maximum,
            choices: step.choices.map { Api.Choice(value: $0.value, text: $0.prompt.text, audio: $0.prompt.audio.map(apiAudio)) },
            documents: step.documents.map(\.id), link: step.action?.href
        )
    }

    func apiAudio(_ script: AudioScript) -> Api.Audio {
        Api.Audio(text: script.spokenText, ssml: script.ssml)
    }

    /// Real entries only, as on the kiosk (``LocalHelpPoints``).
    func apiHelpPoints(_ ids: [String], in session: Session) -> [Api.HelpPoint] {
        LocalHelpPoints.shown(ids, in: session.procedure, from: content(session.context.locale).library).map {
            Api.HelpPoint(
                id: $0.id, name: $0.name, text: $0.prompt.text, phone: $0.phone, website: $0.website, address: $0.address, hours: $0.hours,
                example: $0.isExample)
        }
    }
}
