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
        // Built on the session's template, whose context (who, which procedure, where) never changes and
        // is shared rather than copied: copying the template and setting the rest costs twice the
        // reference counting.
        .log(
            GuideEvent(
                sessionOf: eventTemplate, step: step, kind: kind, time: time, value: value, reason: reason, count: count))
    }

    /// The event every event of a session is built on: who, which procedure, where.
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
