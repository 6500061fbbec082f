import ProcedureModel

extension Session {
    /// A `log` effect for an event at the walk's current step, with the session's context filled in.
    func event(
        _ kind: GuideEvent.Kind, in walk: Walk, at time: Int64, value: String? = nil, reason: String? = nil,
        count: Int? = nil
    ) -> Effect {
        event(kind, step: procedure.steps[walk.current].id, at: time, value: value, reason: reason, count: count)
    }

    /// A `log` effect for an event at `step`.
    func event(
        _ kind: GuideEvent.Kind, step: String?, at time: Int64, value: String? = nil, reason: String? = nil,
        count: Int? = nil
    ) -> Effect {
        // Filled from a copy of the session's template: the context never changes, and building each
        // event field by field costs three times the reference counting.
        var event = eventTemplate
        event.step = step
        event.kind = kind
        event.time = time
        event.value = value
        event.reason = reason
        event.count = count
        return .log(event)
    }

    /// What every event of a session shares: who, which procedure, where.
    static func eventTemplate(_ procedure: Procedure, _ context: SessionContext) -> GuideEvent {
        GuideEvent(
            session: context.sessionID, procedure: procedure.id, procedureVersion: procedure.version, step: nil,
            kind: .sessionStarted, time: 0, channel: context.channel, site: context.site, terminal: context.terminal,
            locale: context.locale)
    }

    /// A rejection at the walk's current step: logged with its fixed code (never what was typed), then shown.
    func rejected(_ rejection: Rejection, in walk: Walk, at time: Int64) -> [Effect] {
        [event(.inputRejected, in: walk, at: time, reason: rejection.code), .reject(rejection)]
    }

    /// The procedure cannot take the person further: logged as a rejected input, then reported.
    func stuck(_ reason: Stuck, in walk: Walk, at time: Int64) -> [Effect] {
        [event(.inputRejected, in: walk, at: time, reason: "cannot-continue"), .cannotContinue(reason.description)]
    }
}
