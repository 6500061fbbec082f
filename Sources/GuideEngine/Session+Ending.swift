import ProcedureModel

extension Session {
    /// Abandoned or timed out: logged, then the caller clears the screen. ``Input/resume`` can reopen it.
    mutating func end(_ kind: GuideEvent.Kind, at time: Int64) -> [Effect] {
        let effects = [event(kind, at: time), Effect.end]
        state = .abandoned
        return effects
    }

    /// Shows the current step again, as on entry; an abandoned session is reopened where it stopped,
    /// a finished one shows its outcome again without counting a second completion.
    mutating func resume(at time: Int64) -> [Effect] {
        var effects = [event(.resumed, at: time)]
        enter(at: time, completing: false, into: &effects)
        return effects
    }
}
