import ProcedureModel

/// Rule 11: what each kind of step needs, and what it must not have.
enum Kinds: ProcedureRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.procedure.steps.compactMap { step in
            switch step.kind {
            case .outcome: outcome(step, context)
            case .question: question(step, context)
            case .checklist where step.documents.isEmpty:
                context.warning(
                    .checklistWithoutDocument, "checklist step \(step.id.quoted) lists no document: add <document ref=\"…\"/>", at: step.location)
            case .information, .checklist, .action: nil
            }
        }
    }

    private static func outcome(_ step: Step, _ context: CheckContext) -> Diagnostic? {
        if step.outcome == nil {
            return context.error(
                .outcomeWithoutResult, "outcome step \(step.id.quoted) has no result: add result=\"eligible\", \"not-eligible\" or \"refer\"",
                at: step.location)
        }
        let ignored = [
            step.choices.isEmpty ? nil : "choices", step.transitions.isEmpty ? nil : "<next> elements",
        ].compactMap { $0 }
        guard !ignored.isEmpty else { return nil }
        return context.warning(
            .outcomeWithWaysOn, "outcome step \(step.id.quoted) ends the path: its \(ignored.joined(separator: " and ")) are ignored",
            at: step.location)
    }

    private static func question(_ step: Step, _ context: CheckContext) -> Diagnostic? {
        let name = step.id.quoted
        // A question always has its answer kind (the loader reads a missing `answer` as "choice").
        switch step.answer {
        case .choice where step.choices.count < 2:
            let has = step.choices.count == 1 ? "only one choice" : "no choice"
            return context.error(
                .tooFewChoices, "question \(name) has \(has): a choice question needs at least two", at: step.location)
        case .yesNo where Set(step.choices.map(\.value)) != ["oui", "non"]:
            let values = step.choices.map(\.value.quoted).joined(separator: ", ")
            return context.error(
                .yesNoChoices, "yes/no question \(name) must have exactly the choices 'oui' and 'non' (it has: \(values))",
                at: step.location)
        case .number(let minimum?, let maximum?, _, _, _) where minimum > maximum:
            return context.error(
                .impossibleNumberRange, "number question \(name) has min \(plain(minimum)) above max \(plain(maximum)): no answer fits",
                at: step.location)
        case .choice, .yesNo, .number, .date, nil:
            return nil
        }
    }

    /// A bound as an author wrote it: `850`, not `850.0`.
    private static func plain(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
