import EventLog
import PostgresStore
import PostgresTestSupport
import ProcedureModel
import Testing

/// Migration 6 numbers the sessions already stored in the order they arrived and gives every stored
/// event its session's number: a log written before it reads back in the same order, and sessions
/// appended after it come after the older ones.
@Suite(.enabled(if: TestDatabase.runs)) struct SessionNumberMigrationTests {
    @Test func eventsStoredBeforeTheMigrationReadInArrivalOrderBesideNewOnes() async throws {
        let url = try await TestDatabase.fresh()
        try await PostgresPool.migrate(url, through: 5)
        // Session "later" arrives first though its events are later in time: arrival decides the order.
        let insert = "INSERT INTO event (time, session, procedure, procedure_version, step, kind, channel, locale) VALUES"
        for statement in [
            "CREATE TABLE event_2026_11 PARTITION OF event FOR VALUES FROM (1793491200000) TO (1796083200000)",
            "\(insert) (\(nineOClock + 5_000), 'later', 'css', '1', 'foyer', 'step-entered', 'kiosk', 'fr')",
            """
            \(insert) (\(nineOClock), 'earlier', 'css', '1', 'foyer', 'step-entered', 'kiosk', 'fr'),
                (\(nineOClock + 9_000), 'later', 'css', '1', 'foyer', 'completed', 'kiosk', 'fr')
            """,
        ] {
            _ = try await column(statement, in: url)
        }
        #expect(try await PostgresPool.migrate(url) == [6, 7])
        #expect(try await column("SELECT key || '=' || number FROM session ORDER BY number", in: url) == ["later=1", "earlier=2"])
        #expect(try await column("SELECT count(*)::text FROM event WHERE session_number IS NULL", in: url) == ["0"])

        let store = try await PostgresEventStore(url: url)
        defer { store.close() }
        try await store.append([event("newest", at: nineOClock + 1_000), event("earlier", at: nineOClock + 2_000, kind: .completed)])
        var read: [String] = []
        try await store.forEachEvent(matching: .all) { read.append("\($0.session) \($0.time - nineOClock) \($0.kind.rawValue)") }
        #expect(
            read == [
                "later 5000 step-entered", "later 9000 completed", "earlier 0 step-entered", "earlier 2000 completed",
                "newest 1000 step-entered",
            ])
    }
}
