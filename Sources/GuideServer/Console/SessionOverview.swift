import GuideEngine
import ProcedureModel

/// What a worker sees of a session: where the resident is, the path so far with its answers (never
/// the sensitive ones), the whole procedure with the current step marked, the papers to gather.
extension GuideServices {
    func sessionPage(
        _ resident: Session, token: String, notice: String?, notes: [WorkerNote], noteForm: ConsoleViews.NoteForm, label: String?
    ) -> ConsoleViews.SessionPage {
        let french = content("fr")
        let session = frenchView(of: resident)
        let finished: Bool
        switch session.state {
        case .finished: finished = true
        default: finished = false
        }
        return ConsoleViews.SessionPage(
            token: token,
            procedureTitle: session.procedure.title,
            channel: session.context.channel == .kiosk ? "Commencée sur une borne, reprise à votre poste" : "Démarche accompagnée",
            language: KioskLanguage.named(session.context.locale)?.name ?? session.context.locale,
            status: finished ? "Terminée" : "En cours",
            step: finished ? nil : french.stepView(session, notice: notice, withAudio: false),
            help: finished ? nil : session.currentStep?.prompt.help,
            outcome: french.outcomeView(session, withAudio: false),
            path: path(session),
            plan: plan(session),
            checklist: session.checklist.map(french.documentText),
            resident: residentView(resident),
            noteAction: "/console/sessions/\(token)/note",
            noteForm: noteForm,
            notes: notes.map(ConsoleViews.NoteItem.init),
            label: label ?? "",
            longestLabel: DeskLabels.longest
        )
    }

    /// The same session with its procedure's French texts: the worker reads French whatever language
    /// the resident reads.
    private func frenchView(of session: Session) -> Session {
        guard session.context.locale != "fr", let procedure = library.procedure(session.procedure.id),
            let conditions = conditions[procedure.id],
            let french = try? Session(resuming: session.saved, procedure: procedure, conditions: conditions)
        else { return session }
        return french
    }

    private func path(_ session: Session) -> [ConsoleViews.PathItem] {
        let visits = session.saved.visits
        return visits.enumerated().compactMap { position, visit in
            guard let step = session.procedure.step(visit.step) else { return nil }
            return ConsoleViews.PathItem(
                prompt: step.prompt.text,
                answer: visit.answer.map { AnswerDisplay.text($0, at: step) },
                isCurrent: position == visits.count - 1
            )
        }
    }

    /// Every step in the author's order: readable without scripts, by a screen reader too.
    private func plan(_ session: Session) -> [ConsoleViews.PlanItem] {
        let passed = Set(session.path.dropLast())
        let current = session.currentStep?.id
        return session.procedure.steps.map { step in
            let state = step.id == current ? "current" : passed.contains(step.id) ? "passed" : "ahead"
            let stateLabel = state == "current" ? "ici maintenant" : state == "passed" ? "déjà passée" : "pas encore"
            var next: [String] = []
            for successor in step.successors.map(\.step) where !next.contains(successor) { next.append(successor) }
            return ConsoleViews.PlanItem(
                id: step.id, prompt: step.prompt.text, kind: Self.kindLabel(step), state: state, stateLabel: stateLabel,
                isCurrent: state == "current", next: next.isEmpty ? nil : next.joined(separator: ", ")
            )
        }
    }

    private static func kindLabel(_ step: Step) -> String {
        switch step.kind {
        case .information: "information"
        case .question: step.isSensitive ? "question (réponse confidentielle)" : "question"
        case .checklist: "papiers"
        case .action: "action"
        case .outcome:
            switch step.outcome {
            case .eligible?: "résultat : peut demander"
            case .notEligible?: "résultat : pas pour cette personne"
            case .refer?, nil: "résultat : à voir avec quelqu'un"
            }
        }
    }
}
