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
    public let procedure: Procedure
    public let context: SessionContext
    /// Every event shares this one's context; see ``event(_:step:at:value:reason:count:)``.
    let eventTemplate: GuideEvent
    let conditions: any ConditionEvaluator
    public internal(set) var state: State

    public init(procedure: Procedure, context: SessionContext, conditions: any ConditionEvaluator) {
        self.procedure = procedure
        self.context = context
        self.eventTemplate = Self.eventTemplate(procedure, context)
        self.conditions = conditions
        self.state = .notStarted
    }

    /// The answers given so far on the path; none before the start.
    public var answers: Answers { state.walk?.answers ?? Answers() }

    /// The step on screen: the question or page waiting, or the outcome reached.
    public var currentStep: Step? {
        switch state {
        case .atStep(let walk), .finished(let walk, _): procedure.steps[walk.current]
        case .notStarted, .abandoned: nil
        }
    }

    /// Step ids from the start to the current step.
    public var path: [String] { state.walk?.visits.map { procedure.steps[$0.step].id } ?? [] }

    /// Documents to gather: those of every checklist step passed on the path, then the outcome's own,
    /// each once, in the order met.
    public var checklist: [String] {
        guard let walk = state.walk else { return [] }
        if case .finished = state { return checklist(of: walk, finished: true) }
        return checklist(of: walk, finished: false)
    }

    /// The documents of `walk`'s checklist steps, and of its outcome when it has `finished` there.
    func checklist(of walk: Walk, finished: Bool) -> [String] {
        var documents: [String] = []
        func collect(_ step: Step) {
            for document in step.documents where !documents.contains(document.id) {
                documents.append(document.id)
            }
        }
        for visit in walk.passed where procedure.steps[visit.step].kind == .checklist {
            collect(procedure.steps[visit.step])
        }
        if finished {
            collect(procedure.steps[walk.current])
        }
        return documents
    }

    /// Everything needed to continue later, as plain data.
    public var saved: SavedSession {
        let walk = state.walk
        return SavedSession(
            procedureID: procedure.id, procedureVersion: procedure.version, context: context,
            state: savedState,
            visits: walk?.visits.map { SavedSession.Visit(step: procedure.steps[$0.step].id, answer: $0.answer) } ?? [],
            reprompts: walk?.reprompts ?? 0, listens: walk?.listens ?? 0
        )
    }

    /// The state by step id, as saved.
    private var savedState: SavedSession.State {
        switch state {
        case .notStarted: .notStarted
        case .atStep(let walk): .atStep(procedure.steps[walk.current].id)
        case .finished(let walk, _): .finished(outcomeStep: procedure.steps[walk.current].id)
        case .abandoned: .abandoned
        }
    }
}
