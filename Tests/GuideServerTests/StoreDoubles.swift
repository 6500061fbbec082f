import EventLog
import ProcedureModel

/// A test store that keeps its events in memory and changes only how appends go (slowly, or refused).
protocol InMemoryStoreDouble: EventStore {
    var kept: MemoryEventStore { get }
}

extension InMemoryStoreDouble {
    func forEachEvent(matching filter: EventFilter, _ body: (GuideEvent) throws -> Void) async throws {
        try await kept.forEachEvent(matching: filter, body)
    }

    func forEachBatch(matching filter: EventFilter, size: Int, _ body: ([GuideEvent]) async throws -> Void) async throws {
        try await kept.forEachBatch(matching: filter, size: size, body)
    }

    func purge(before time: MillisecondsSince1970) async throws -> Int {
        try await kept.purge(before: time)
    }

    func count(matching filter: EventFilter) async throws -> Int {
        try await kept.count(matching: filter)
    }

    /// Every event kept, in order.
    func events() async throws -> [GuideEvent] {
        var all: [GuideEvent] = []
        try await kept.forEachEvent(matching: .all) { all.append($0) }
        return all
    }

    /// The session ids, in the order the sessions started.
    func sessionsInOrder() async throws -> [String] {
        try await events().filter { $0.kind == .sessionStarted }.map(\.session)
    }
}

/// An event store that takes its time to commit, as a busy disk does: the window in which two
/// requests for one session overlap.
final class SlowStore: InMemoryStoreDouble {
    let kept = MemoryEventStore()
    let delay: Duration

    init(delay: Duration) {
        self.delay = delay
    }

    func append(_ events: [GuideEvent]) async throws {
        try await Task.sleep(for: delay)
        try await kept.append(events)
    }
}
