public import ProcedureModel

/// One person's walk through a procedure: a pure state machine.
///
/// Feed it inputs with ``handle(_:at:)``; it answers with the ``Effect``s the caller carries out
/// (show, speak, log, finish). It reads no clock and does no I/O, so every transition can be tested
/// by comparing effects.
///
/// ```swift
/// var session = Session(procedure: css, context: context, conditions: xpath)
/// var effects = session.handle(.start, at: now)
/// effects = session.handle(.answer("1"), at: now)
/// ```
public struct Session: Sendable {
    /// A step on the path, by position in `procedure.steps`, with the answer given there.
    struct Visit: Sendable {
        var step: Int
        var answer: AnswerValue?
    }

    public let procedure: Procedure
    public let context: SessionContext
    /// Every event starts as a copy of this; see ``event(_:step:at:value:reason:count:)``.
    let eventTemplate: GuideEvent
    let conditions: any ConditionEvaluator
    public internal(set) var state: State
    /// From the start step to the current one; never empty once started.
    var visits: [Visit]
    /// Kept in step with `visits`, so conditions get it without rebuilding.
    public internal(set) var answers: Answers
    /// No-input re-prompts since the current step was entered.
    var reprompts: Int
    /// "Écouter" presses since the current step was entered.
    var listens: Int

    public init(procedure: Procedure, context: SessionContext, conditions: any ConditionEvaluator) {
        self.procedure = procedure
        self.context = context
        self.eventTemplate = Self.eventTemplate(procedure, context)
        self.conditions = conditions
        self.state = .notStarted
        self.visits = []
        // Room for every question up front: growing the table step by step costs more than the moves.
        self.answers = Answers([String: AnswerValue](minimumCapacity: procedure.steps.count))
        self.reprompts = 0
        self.listens = 0
    }

    /// The step on screen: the question or page waiting, or the outcome reached.
    public var currentStep: Step? {
        switch state {
        case .atStep, .finished: visits.last.map { procedure.steps[$0.step] }
        case .notStarted, .abandoned: nil
        }
    }

    /// Step ids from the start to the current step.
    public var path: [String] { visits.map { procedure.steps[$0.step].id } }

    /// Documents to gather: those of every checklist step passed on the path, then the outcome's own,
    /// each once, in the order met.
    public var checklist: [String] {
        var documents: [String] = []
        func collect(_ step: Step) {
            for document in step.documents where !documents.contains(document.id) {
                documents.append(document.id)
            }
        }
        for visit in visits.dropLast() where procedure.steps[visit.step].kind == .checklist {
            collect(procedure.steps[visit.step])
        }
        if case .finished = state, let last = visits.last {
            collect(procedure.steps[last.step])
        }
        return documents
    }

    /// Everything needed to continue later, as plain data.
    public var saved: SavedSession {
        SavedSession(
            procedureID: procedure.id, procedureVersion: procedure.version, context: context, state: state,
            visits: visits.map { SavedSession.Visit(step: procedure.steps[$0.step].id, answer: $0.answer) },
            reprompts: reprompts, listens: listens
        )
    }

    /// Position of the current step in `procedure.steps`; only meaningful once started.
    var current: Int { visits[visits.count - 1].step }
}
