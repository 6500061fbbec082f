import EventLog
import Foundation
import PostgresTestSupport
import ProcedureModel
import Testing

/// forEachBatch hands over forEachEvent's events in the same order, a few at a time, and stops cleanly.
@Suite struct BatchTests {
    func event(_ session: String, _ kind: GuideEvent.Kind, at seconds: Int64) -> GuideEvent {
        GuideEvent(
            session: session, procedure: "css", procedureVersion: "1", step: "foyer", kind: kind, time: nineOClock + seconds * 1_000, channel: .kiosk,
            locale: "fr")
    }

    /// Seven events of three sessions, appended interleaved and out of time order.
    var sevenEvents: [GuideEvent] {
        [
            event("b", .sessionStarted, at: 10), event("a", .sessionStarted, at: 5), event("b", .stepEntered, at: 10),
            event("a", .helpAsked, at: 30), event("c", .sessionStarted, at: 1), event("a", .stepEntered, at: 20),
            event("b", .answered, at: 12),
        ]
    }

    func batches(_ store: any EventStore, size: Int, _ filter: EventFilter = .all) async throws -> [[String]] {
        var batches: [[String]] = []
        try await store.forEachBatch(matching: filter, size: size) { batch in
            // The reader suspends between batches, as a download writing to the network does.
            await Task.yield()
            batches.append(batch.map { "\($0.session) \($0.kind.rawValue) \(($0.time - nineOClock) / 1_000)" })
        }
        return batches
    }

    @Test(arguments: StoreKind.available) func batchesOfThreeCrossSessionsInForEachEventsOrder(kind: StoreKind) async throws {
        let store = try await kind.make(sevenEvents)
        #expect(
            try await batches(store, size: 3) == [
                ["b session-started 10", "b step-entered 10", "b answered 12"],
                ["a session-started 5", "a step-entered 20", "a help-asked 30"],
                ["c session-started 1"],
            ])
        #expect(try await batches(store, size: 7).map(\.count) == [7])
        #expect(try await batches(store, size: 0).map(\.count) == [1, 1, 1, 1, 1, 1, 1])
        #expect(
            try await batches(store, size: 3, EventFilter(since: nineOClock + 10_000)) == [
                ["b session-started 10", "b step-entered 10", "b answered 12"], ["a step-entered 20", "a help-asked 30"],
            ])
        #expect(try await batches(store, size: 3, EventFilter(site: "nowhere")) == [])
    }

    @Test(arguments: StoreKind.available) func anErrorFromTheReaderStopsTheWalkAndLeavesNoSnapshotOpen(kind: StoreKind) async throws {
        struct Enough: Error {}
        let store = try await kind.make(sevenEvents)
        var taken = 0
        // Batches of one: by the second, the walk is waiting for room with more to hand over.
        await #expect(throws: Enough.self) {
            try await store.forEachBatch(matching: .all, size: 1) { _ in
                taken += 1
                if taken == 2 { throw Enough() }
            }
        }
        #expect(taken == 2)
        #expect(try await store.purge(before: nineOClock + 11_000) == 4)
        #expect(try await store.count(matching: .all) == 3)
    }

    @Test(arguments: StoreKind.available) func aLongLogComesInFullBatchesInOrder(kind: StoreKind) async throws {
        // 20 000 events: the walk crosses the 8 192-row chunks of the SQLite reader and often waits for room.
        let events = (0..<20_000).map { index in
            event(String(format: "s%05d", index / 7), index % 7 == 0 ? .sessionStarted : .stepEntered, at: Int64(index))
        }
        let store = try await kind.make(events)
        var sizes: [Int] = []
        var read: [String] = []
        try await store.forEachBatch(matching: .all, size: 4_096) { batch in
            sizes.append(batch.count)
            read += batch.map { "\($0.session)@\($0.time)" }
        }
        #expect(sizes == [4_096, 4_096, 4_096, 4_096, 3_616])
        #expect(read == events.map { "\($0.session)@\($0.time)" })
    }
}
