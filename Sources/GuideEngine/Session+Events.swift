import ProcedureModel

extension Session {
    /// A `log` effect for an event at the current step, with the session's context filled in.
    func event(
        _ kind: GuideEvent.Kind, at time: Int64, value: String? = nil, reason: String? = nil, count: Int? = nil
    ) -> Effect {
        event(kind, step: procedure.steps[current].id, at: time, value: value, reason: reason, count: count)
    }

    /// A `log` effect for an event at `step`.
    func event(
        _ kind: GuideEvent.Kind, step: String?, at time: Int64, value: String? = nil, reason: String? = nil,
        count: Int? = nil
    ) -> Effect {
        .log(
            GuideEvent(
                session: context.sessionID, procedure: procedure.id, procedureVersion: procedure.version,
                step: step, kind: kind, time: time, channel: context.channel, site: context.site,
                terminal: context.terminal, locale: context.locale, value: value, reason: reason, count: count
            )
        )
    }

    /// A rejection at the current step: logged with its fixed code (never what was typed), then shown.
    func rejected(_ rejection: Rejection, at time: Int64) -> [Effect] {
        [event(.inputRejected, at: time, reason: rejection.code), .reject(rejection)]
    }

    /// The procedure cannot take the person further: logged as a rejected input, then reported.
    func stuck(_ reason: Stuck, at time: Int64) -> [Effect] {
        [event(.inputRejected, at: time, reason: "cannot-continue"), .cannotContinue(reason.description)]
    }
}
