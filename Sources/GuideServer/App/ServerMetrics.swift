import GuideEngine
import ProcedureModel
import Prometheus

/// The server's own counters, exposed in Prometheus text format at `/metrics`.
final class ServerMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    private let completed: Counter
    private let abandoned: Counter
    private let timedOut: Counter
    private let handOffs: Counter
    private let events: Counter

    init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        completed = registry.makeCounter(descriptor: .ariane("sessions_completed", help: "Sessions that reached an outcome."))
        abandoned = registry.makeCounter(descriptor: .ariane("sessions_abandoned", help: "Sessions left before an outcome."))
        timedOut = registry.makeCounter(descriptor: .ariane("sessions_timed_out", help: "Sessions ended by the idle timer."))
        handOffs = registry.makeCounter(descriptor: .ariane("hand_offs", help: "Hand-off codes given to residents."))
        events = registry.makeCounter(descriptor: .ariane("events_recorded", help: "Events committed to the event store."))
    }

    func started(_ channel: Channel) {
        registry.makeCounter(descriptor: .ariane("sessions_started", help: "Guided sessions started."), labels: [("channel", channel.rawValue)]).increment()
    }

    /// Counts a session the idle sweep ended on a kiosk or at a desk: on a kiosk, one whose page
    /// could not run its own idle timer.
    func expired(at place: IdleSweep.Place) {
        registry.makeCounter(
            descriptor: .ariane("sessions_expired", help: "Sessions the server ended because nobody touched them for too long."),
            labels: [("place", place.rawValue)]
        ).increment()
    }

    /// Counts a kiosk session ended to make room for a new one (``SessionLimits``).
    func endedForRoom() {
        registry.makeCounter(
            descriptor: .ariane("sessions_ended_for_room", help: "Idle kiosk sessions ended because their address or the server was at its bound.")
        ).increment()
    }

    /// Counts what a batch of committed events says about sessions.
    func recorded(_ batch: [GuideEvent]) {
        events.increment(by: Int64(batch.count))
        for event in batch {
            switch event.kind {
            case .completed: completed.increment()
            case .abandoned: abandoned.increment()
            case .timedOut: timedOut.increment()
            case .handedOff: handOffs.increment()
            default: continue
            }
        }
    }

    /// The Prometheus text exposition of every metric. `consolesWatchingCalls` is read at the moment
    /// of asking: a site where it stays at 0 has nobody who would see a resident's call.
    func exposition(consolesWatchingCalls: Int) -> String {
        registry.makeGauge(
            descriptor: MetricNameDescriptor(
                namespace: "ariane", metricName: "consoles_watching_calls",
                helpText: "Consoles open now on the list of residents asking for a mediator.")
        ).set(Int64(consolesWatchingCalls))
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}

extension MetricNameDescriptor {
    /// `ariane_<name>_total`, with its help line.
    static func ariane(_ name: String, help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "ariane", metricName: name, unitName: "total", helpText: help)
    }
}
