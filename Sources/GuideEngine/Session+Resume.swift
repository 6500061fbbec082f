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
        var visits: [Visit] = []
        visits.reserveCapacity(saved.visits.count)
        for (position, visit) in saved.visits.enumerated() {
            guard let index = procedure.index(of: visit.step) else {
                throw ResumeError("the saved session goes through step '\(visit.step)', which does not exist")
            }
            if visit.answer != nil, position == saved.visits.count - 1 || procedure.steps[index].kind != .question {
                throw ResumeError("the saved session has an answer for '\(visit.step)' where none can be")
            }
            visits.append(Visit(step: index, answer: visit.answer))
        }
        try Self.check(saved.state, against: visits, of: procedure)
        self.init(procedure: procedure, context: saved.context, conditions: conditions)
        self.state = saved.state
        self.visits = visits
        self.answers = saved.answers
        self.reprompts = saved.reprompts
        self.listens = saved.listens
    }

    /// The state must name the last step of the path, and only an outcome can be finished.
    private static func check(_ state: State, against visits: [Visit], of procedure: Procedure) throws {
        let last = visits.last.map { procedure.steps[$0.step] }
        switch (state, last) {
        case (.notStarted, nil), (.abandoned, _?):
            return
        case (.atStep(let id), let step?) where step.id == id && step.kind != .outcome:
            return
        case (.finished(let id), let step?) where step.id == id && step.kind == .outcome && step.outcome != nil:
            return
        default:
            throw ResumeError("the saved session's state (\(state)) does not match its path")
        }
    }
}
