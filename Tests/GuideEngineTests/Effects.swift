import GuideEngine
import ProcedureModel

extension Array where Element == Effect {
    /// The events logged, in order.
    var events: [GuideEvent] {
        compactMap { effect in
            if case .log(let event) = effect { event } else { nil }
        }
    }

    /// The effects other than logging, in order.
    var actions: [Effect] {
        filter { effect in
            if case .log = effect { false } else { true }
        }
    }
}

/// An event of the fixture session, with the fixture's context filled in.
func event(
    _ kind: GuideEvent.Kind, _ step: String?, at time: Int64, value: String? = nil, reason: String? = nil,
    count: Int? = nil
) -> Effect {
    let context = Fixture.context
    return .log(
        GuideEvent(
            session: context.sessionID, procedure: "css", procedureVersion: "2026-11", step: step, kind: kind,
            time: time, channel: context.channel, site: context.site, terminal: context.terminal,
            locale: context.locale, value: value, reason: reason, count: count))
}

/// The effects of entering a fixture step that is not an outcome.
func entered(_ step: String, at time: Int64) -> [Effect] {
    [event(.stepEntered, step, at: time), .show(step: step, reprompt: 0), .play(Fixture.audio("Audio \(step)"))]
}
