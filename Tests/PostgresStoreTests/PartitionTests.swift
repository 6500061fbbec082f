import EventLog
import Foundation
import PostgresStore
import PostgresTestSupport
import Testing

/// The event table is partitioned by month: partitions appear as appends need them, and a purge drops
/// the months entirely before its cut.
@Suite(.enabled(if: TestDatabase.runs)) struct PartitionTests {
    let day: Int64 = 86_400_000

    func partitions(_ url: PostgresURL) async throws -> [String] {
        try await column(
            """
            SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'event'::regclass AND c.relkind = 'r' ORDER BY 1
            """, in: url)
    }

    @Test func appendsMakeTheirMonthsAndPurgeDropsWholeOnes() async throws {
        let url = try await TestDatabase.fresh()
        let store = try await PostgresEventStore(url: url)
        // 2026-11-02, 2026-12-02 and 2027-01-02 (a new year), two events each.
        let months = [nineOClock, nineOClock + 30 * day, nineOClock + 61 * day]
        try await store.append(months.flatMap { [event("a", at: $0), event("b", at: $0 + 1_000)] })
        #expect(try await partitions(url) == ["event_2026_11", "event_2026_12", "event_2027_01"])

        // The cut falls inside December: November is dropped whole, December loses its rows before the cut.
        #expect(try await store.purge(before: months[1] + 500) == 3)
        #expect(try await partitions(url) == ["event_2026_12", "event_2027_01"])
        #expect(try await store.count(matching: .all) == 3)

        // A dropped month comes back when an event of it arrives again.
        try await store.append([event("c", at: months[0])])
        #expect(try await partitions(url) == ["event_2026_11", "event_2026_12", "event_2027_01"])
        #expect(try await store.count(matching: .all) == 4)
        store.close()
    }

    @Test func purgeForgetsSessionsLeftWithoutEvents() async throws {
        let url = try await TestDatabase.fresh()
        let store = try await PostgresEventStore(url: url)
        try await store.append([event("ancienne", at: nineOClock), event("récente", at: nineOClock + 40 * day)])
        #expect(try await store.purge(before: nineOClock + day) == 1)
        #expect(try await column("SELECT key FROM session", in: url) == ["récente"])
        store.close()
    }

    @Test func twoStoresMakingTheSameMonthAtOnceBothAppend() async throws {
        let url = try await TestDatabase.fresh()
        let first = try await PostgresEventStore(url: url)
        let second = try await PostgresEventStore(url: url)
        async let one: Void = first.append([event("a", at: nineOClock)])
        async let two: Void = second.append([event("b", at: nineOClock + 1)])
        _ = try await (one, two)
        #expect(try await first.count(matching: .all) == 2)
        first.close()
        second.close()
    }
}
