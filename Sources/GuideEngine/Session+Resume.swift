public import ProcedureModel

extension Session {
    /// Continues a saved session; feed it ``Input/resume`` to show where it stands.
    ///
    /// - Throws: ``ResumeError`` when the snapshot belongs to another procedure or version, names a step
    ///   the procedure does not have, or does not hold together (state and path disagree).
    public init(resuming saved: SavedSession, procedure: Procedure, conditions: any ConditionEvaluator) throws {
        guard saved.procedureID == procedure.id, saved.procedureVersion == procedure.version else {
            throw ResumeError(
                "the saved session is for procedure '\(saved.procedureID)' version '\(saved.procedureVersion)', "
                    + "not '\(procedure.id)' version '\(procedure.version)'")
        }
        var visits: [Walk.Visit] = []
        visits.reserveCapacity(saved.visits.count)
        for (position, visit) in saved.visits.enumerated() {
            guard let index = procedure.index(of: visit.step) else {
                throw ResumeError("the saved session goes through step '\(visit.step)', which does not exist")
            }
            if visit.answer != nil, position == saved.visits.count - 1 || procedure.steps[index].kind != .question {
                throw ResumeError("the saved session has an answer for '\(visit.step)' where none can be")
            }
            visits.append(Walk.Visit(step: index, answer: visit.answer))
        }
        var walk = Walk(visits: visits, in: procedure)
        walk?.reprompts = saved.reprompts
        walk?.listens = saved.listens
        self.init(procedure: procedure, context: saved.context, conditions: conditions)
        self.state = try Self.state(saved.state, along: walk, of: procedure)
    }

    /// The saved state with its walk: it must name the walk's last step, and only an outcome with a
    /// result can be finished; an abandoned session was left at a step that waited for input.
    private static func state(_ saved: SavedSession.State, along walk: Walk?, of procedure: Procedure) throws -> State {
        let last = walk.map { procedure.steps[$0.current] }
        switch (saved, walk, last) {
        case (.notStarted, nil, _):
            return .notStarted
        case (.atStep(let id), let walk?, let step?) where step.id == id && step.kind != .outcome:
            return .atStep(walk)
        case (.finished(let id), let walk?, let step?) where step.id == id:
            guard case .outcome(let result?) = step.role else { break }
            return .finished(walk, outcome: result)
        case (.abandoned, let walk?, let step?) where step.kind != .outcome:
            return .abandoned(walk)
        default:
            break
        }
        throw ResumeError("the saved session's state (\(saved)) does not match its path")
    }
}
