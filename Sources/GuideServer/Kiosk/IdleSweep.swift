import Logging
import ServiceLifecycle

/// Ends the sessions nobody touches any more: on kiosks whose page could not run its idle timer
/// (no JavaScript), so that the next person never finds the previous one's answers, and at desks
/// left open.
///
/// Runs with the server (see ``buildApplication(_:store:registry:logger:clock:)``). A session ends as
/// the page's timer would end it, with a `timed-out` event at its step; the event is committed before
/// the session is forgotten, and if the store refuses it the session stays for the next sweep. The
/// ``SessionRunner`` does the ending, in each session's turn, so a touch at the same moment wins cleanly.
struct IdleSweep: Service {
    enum Place: String, Sendable, Hashable {
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
        let result = await services.runner.endUntouched(
            kiosk: IdleRule.kiosk(services.settings), desk: .desk(services.console.settings), time: services.clock.now())
        for place in [Place.kiosk, .desk] {
            guard let refusal = result.refused[place] else { continue }
            logger.error(
                "Kept sessions nobody touched: the event store refused their time-out, the next sweep tries again",
                metadata: ["place": "\(place.rawValue)", "sessions": "\(refusal.sessions)", "error": "\(refusal.error)"])
        }
        if result.kiosks + result.desks > 0 {
            logger.info("Ended sessions nobody touched", metadata: ["kiosk": "\(result.kiosks)", "desk": "\(result.desks)"])
        }
        return result.kiosks + result.desks
    }
}
