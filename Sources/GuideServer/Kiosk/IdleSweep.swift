import GuideEngine
import Logging
import ServiceLifecycle

/// Ends the sessions nobody touches any more: on kiosks whose page could not run its idle timer
/// (no JavaScript), so that the next person never finds the previous one's answers, and at desks
/// left open.
///
/// Runs with the server (see ``buildApplication(_:store:registry:logger:clock:)``). A session ends as
/// the page's timer would end it, with a `timed-out` event at its step; the event is committed before
/// the session is forgotten, and if the store refuses it the session stays for the next sweep.
struct IdleSweep: Service {
    enum Place: String, Sendable {
        case kiosk, desk
    }

    let services: GuideServices
    let logger: Logger

    /// A third of the kiosk's wait: no session outlives its limit by more than that. Every minute
    /// when the kiosk has no idle timer, for desks only, whose limit is hours.
    var interval: Duration {
        let wait = services.settings.idleSeconds
        return .seconds(wait > 0 ? max(wait / 3, 1) : 60)
    }

    func run() async {
        await cancelWhenGracefulShutdown {
            while (try? await services.clock.sleep(for: interval)) != nil {
                await sweep()
            }
        }
    }

    /// Looks once, at the services' clock; returns how many sessions ended.
    @discardableResult
    func sweep() async -> Int {
        let now = services.clock.now()
        var kiosks = 0
        if let rule = IdleRule.kiosk(services.settings) {
            kiosks = await end(services.kiosks, by: rule, at: now, place: .kiosk)
        }
        let desks = await end(services.console.desks, by: .desk(services.console.settings), at: now, place: .desk)
        if kiosks + desks > 0 {
            logger.info("Ended sessions nobody touched", metadata: ["kiosk": "\(kiosks)", "desk": "\(desks)"])
        }
        return kiosks + desks
    }

    /// Ends the sessions of `sessions` that `rule` says were left: all their events in one append,
    /// then the sessions, or none of either.
    private func end(_ sessions: KioskSessions, by rule: IdleRule, at now: Int64, place: Place) async -> Int {
        let left = await sessions.left(by: rule, at: now)
        guard !left.isEmpty else { return 0 }
        var effects: [Effect] = []
        for (_, entry, end) in left {
            var session = entry.session
            // As the page's timer: a step times out; an outcome is complete already, only forgotten.
            if case .atStep = session.state { effects += session.handle(.timeout, at: end) }
        }
        do {
            try await services.record(effects)
        } catch {
            logger.error(
                "Kept sessions nobody touched: the event store refused their time-out, the next sweep tries again",
                metadata: ["place": "\(place.rawValue)", "sessions": "\(left.count)", "error": "\(error)"])
            return 0
        }
        var ended = 0
        for (token, entry, _) in left where await sessions.forget(token, asSeen: entry) {
            services.metrics.expired(at: place)
            ended += 1
        }
        return ended
    }
}
