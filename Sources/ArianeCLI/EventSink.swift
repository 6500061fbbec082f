import EventLog
import ProcedureModel

/// Where `ariane run` writes each event as it happens: a JSON Lines file, the event log, or both.
protocol EventSink {
    func append(_ event: GuideEvent) async throws
}

extension EventFile: EventSink {}

/// Each event to the event log, in its own transaction: acknowledged, so kept, before the next screen.
struct StoreSink: EventSink {
    let store: any EventStore

    func append(_ event: GuideEvent) async throws {
        try await store.append([event])
    }
}

/// Every event to each of `sinks`, in order.
struct EventSinks: EventSink {
    let sinks: [any EventSink]

    func append(_ event: GuideEvent) async throws {
        for sink in sinks { try await sink.append(event) }
    }
}
