public import ProcedureModel
import Synchronization

/// An event store in memory: for tests, and for a kiosk demo that must keep nothing.
public final class MemoryEventStore: EventStore {
    private let events = Mutex<[GuideEvent]>([])

    public init(_ initial: [GuideEvent] = []) {
        events.withLock { $0 = initial }
    }

    public func append(_ new: [GuideEvent]) async throws {
        events.withLock { $0.append(contentsOf: new) }
    }

    public func forEachEvent(matching filter: EventFilter, _ body: (GuideEvent) throws -> Void) async throws {
        for event in ordered(matching: filter) { try body(event) }
    }

    public func forEachBatch(matching filter: EventFilter, size: Int, _ body: ([GuideEvent]) async throws -> Void) async throws {
        let events = ordered(matching: filter)
        let size = max(1, size)
        for start in stride(from: 0, to: events.count, by: size) {
            try await body(Array(events[start..<min(start + size, events.count)]))
        }
    }

    /// The events matching `filter`, in the order of ``EventStore/forEachEvent(matching:_:)``.
    private func ordered(matching filter: EventFilter) -> [GuideEvent] {
        let snapshot = events.withLock { $0 }
        // Sessions in order of first appearance in the whole log (as in the SQLite store), events
        // filtered within; arrival order within a session before sorting by time keeps ties stable.
        var order: [String] = []
        var bySession: [String: [GuideEvent]] = [:]
        for event in snapshot {
            if bySession[event.session] == nil {
                order.append(event.session)
                bySession[event.session] = []
            }
            if filter.matches(event) { bySession[event.session, default: []].append(event) }
        }
        return order.flatMap { session in
            bySession[session, default: []].enumerated()
                .sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
        }
    }

    public func purge(before time: MillisecondsSince1970) async throws -> Int {
        events.withLock { events in
            let before = events.count
            events.removeAll { $0.time < time }
            return before - events.count
        }
    }

    public func count(matching filter: EventFilter) async throws -> Int {
        events.withLock { $0.filter(filter.matches).count }
    }
}
