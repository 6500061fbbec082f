import BlockageAnalytics
import EventLog
import ProcedureModel

/// One session written step by step, as the guide engine would log it, with a clock moved by hand.
struct Walk {
    private(set) var events: [GuideEvent] = []
    private(set) var time: Int64
    private(set) var step: String
    let session: String
    let procedure: String
    let channel: Channel
    let site: String?
    let locale: String

    /// `session-started` and the first `step-entered`, at `time`.
    init(
        _ session: String, _ procedure: String = "aide", at time: Int64 = 0, start: String,
        channel: Channel = .kiosk, site: String? = "nord", locale: String = "fr"
    ) {
        self.session = session
        self.procedure = procedure
        self.time = time
        self.step = start
        self.channel = channel
        self.site = site
        self.locale = locale
        log(.sessionStarted)
        log(.stepEntered)
    }

    /// Answers the current step after `seconds`, and enters `next`.
    mutating func answer(after seconds: Double, then next: String) {
        wait(seconds)
        log(.answered, value: "1")
        enter(next)
    }

    /// Goes back from the current step to `target` after `seconds`.
    mutating func back(after seconds: Double, to target: String) {
        wait(seconds)
        log(.back, value: target, count: 1)
        enter(target)
    }

    /// An event at the current step, after `seconds`: help, audio, no input, rejection, hand-off…
    mutating func signal(_ kind: GuideEvent.Kind, after seconds: Double = 1, reason: String? = nil) {
        wait(seconds)
        log(kind, reason: reason)
    }

    /// Abandoned or timed out after `seconds`.
    mutating func end(_ kind: GuideEvent.Kind = .abandoned, after seconds: Double) {
        signal(kind, after: seconds)
    }

    /// Resumed after `seconds`: the current step shown again.
    mutating func resume(after seconds: Double) {
        signal(.resumed, after: seconds)
        log(.stepEntered)
    }

    /// Answers after `seconds` and reaches the outcome step `outcome`.
    mutating func complete(after seconds: Double, at outcome: String, result: Outcome = .eligible) {
        answer(after: seconds, then: outcome)
        events.append(event(.completed, value: outcome, reason: result.rawValue))
    }

    mutating func wait(_ seconds: Double) {
        time += Int64(seconds * 1000)
    }

    private mutating func enter(_ next: String) {
        step = next
        log(.stepEntered)
    }

    private mutating func log(_ kind: GuideEvent.Kind, value: String? = nil, reason: String? = nil, count: Int? = nil) {
        events.append(event(kind, value: value, reason: reason, count: count))
    }

    private func event(_ kind: GuideEvent.Kind, value: String? = nil, reason: String? = nil, count: Int? = nil) -> GuideEvent {
        GuideEvent(
            session: session, procedure: procedure, procedureVersion: "1", step: step, kind: kind, time: time,
            channel: channel, site: site, terminal: "borne-1", locale: locale, value: value, reason: reason, count: count)
    }
}

/// 2026-11-02T09:00:00Z, a Monday: the tests' sessions start around here.
let monday: Int64 = 1_793_610_000_000

/// A day after every session, so none is still in progress.
let later: Int64 = monday + 400 * 86_400_000

/// The report over `walks`, stored in a real ``MemoryEventStore``.
func report(
    _ walks: [Walk], minimumGroup: Int = 1, period: ReportPeriod = .month, filter: EventFilter = .all,
    now: Int64 = later
) async throws -> BlockageReport {
    let store = MemoryEventStore(walks.flatMap(\.events))
    return try await BlockageAnalytics.report(from: store, filter: filter, minimumGroup: minimumGroup, period: period, now: now)
}
