import EventLog
import Foundation
import ProcedureModel
import Testing

/// However a walk ends (to the end, by the reader's error, by cancellation), its read transaction
/// is over when the store's method returns.
///
/// The witness is the WAL: `close()` empties it (a truncating checkpoint), which SQLite cannot do
/// while a read transaction still looks at frames in it.
@Suite struct ReadTransactionTests {
    struct Enough: Error {}

    /// 20 000 events of one procedure in sessions of 7: the walk crosses several chunks of rows.
    static let longLog: [GuideEvent] = (0..<20_000).map(longLogEvent)

    static func longLogEvent(_ index: Int) -> GuideEvent {
        let kind: GuideEvent.Kind = index % 7 == 0 ? .sessionStarted : .stepEntered
        let channel: Channel = index % 3 == 0 ? .assisted : .kiosk
        let time = nineOClock + Int64(index) * 1_000
        return GuideEvent(
            session: String(format: "s%05d", index / 7), procedure: "css", procedureVersion: "1", step: "foyer",
            kind: kind, time: time, channel: channel, locale: "fr")
    }

    func longStore() async throws -> SQLiteEventStore {
        let store = try SQLiteEventStore(path: try temporaryFolder().appendingPathComponent("log.sqlite").path)
        try await store.append(Self.longLog)
        return store
    }

    /// Appends once more, closes the store, and tells whether its WAL could be emptied at close.
    func walEmptiedAtClose(_ store: SQLiteEventStore) async throws -> Bool {
        try await store.append([
            GuideEvent(
                session: "last", procedure: "css", procedureVersion: "1", step: nil, kind: .sessionStarted, time: nineOClock, channel: .kiosk, locale: "fr")
        ])
        try store.close()
        let size = try FileManager.default.attributesOfItem(atPath: store.path + "-wal")[.size] as? Int
        return size == 0
    }

    @Test func aWalkStillGoingKeepsTheWALFromBeingEmptied() async throws {
        // The witness itself: while another store's walk waits in its body, closing cannot empty the WAL.
        let store = try await longStore()
        let walker = try SQLiteEventStore(path: store.path)
        let (started, startedSignal) = AsyncStream<Void>.makeStream()
        let (release, releaseSignal) = AsyncStream<Void>.makeStream()
        let walk = Task {
            try await walker.forEachBatch(matching: .all, size: 100) { _ in
                startedSignal.yield()
                for await _ in release { break }
            }
        }
        for await _ in started { break }
        #expect(try await walEmptiedAtClose(store) == false)
        releaseSignal.finish()
        try await walk.value
    }

    @Test func aWalkToTheEndEndsItsReadTransaction() async throws {
        let store = try await longStore()
        var read = 0
        try await store.forEachEvent(matching: .all) { _ in read += 1 }
        try await store.forEachBatch(matching: .all, size: 1_000) { read += $0.count }
        #expect(read == 40_000)
        #expect(try await walEmptiedAtClose(store))
    }

    @Test func anEventWalkStoppedByItsBodyEndsItsReadTransaction() async throws {
        let store = try await longStore()
        var read = 0
        await #expect(throws: Enough.self) {
            try await store.forEachEvent(matching: .all) { _ in
                read += 1
                if read == 10_000 { throw Enough() }
            }
        }
        #expect(read == 10_000)
        #expect(try await walEmptiedAtClose(store))
    }

    @Test func aBatchWalkStoppedByItsBodyEndsItsReadTransaction() async throws {
        let store = try await longStore()
        var taken = 0
        await #expect(throws: Enough.self) {
            try await store.forEachBatch(matching: .all, size: 10) { _ in
                taken += 1
                if taken == 3 { throw Enough() }
            }
        }
        #expect(taken == 3)
        #expect(try await walEmptiedAtClose(store))
    }

    @Test func aCancelledBatchWalkStopsAndEndsItsReadTransaction() async throws {
        let store = try await longStore()
        let (started, startedSignal) = AsyncStream<Void>.makeStream()
        let walk = Task {
            var taken = 0
            // A body that does not look at cancellation itself: the store must stop the walk.
            try await store.forEachBatch(matching: .all, size: 1) { _ in
                taken += 1
                startedSignal.yield()
                while !Task.isCancelled { await Task.yield() }
            }
            return taken
        }
        for await _ in started { break }
        walk.cancel()
        await #expect(throws: CancellationError.self) { try await walk.value }
        #expect(try await walEmptiedAtClose(store))
    }

    @Test func aLongLogReadsTheSameThroughEveryMethodAndFilter() async throws {
        let store = try await longStore()
        let memory = MemoryEventStore(Self.longLog)
        let filters = [
            EventFilter.all, EventFilter(since: nineOClock + 9_000_000), EventFilter(channel: .assisted),
            EventFilter(since: nineOClock + 3_000_000, until: nineOClock + 17_000_000, channel: .kiosk),
        ]
        for filter in filters {
            var expected: [GuideEvent] = []
            try await memory.forEachEvent(matching: filter) { expected.append($0) }
            var walked: [GuideEvent] = []
            try await store.forEachEvent(matching: filter) { walked.append($0) }
            #expect(walked == expected, "\(filter)")
            var batched: [GuideEvent] = []
            try await store.forEachBatch(matching: filter, size: 3_000) { batched += $0 }
            #expect(batched == expected, "\(filter)")
        }
    }
}
