import BlockageAnalytics
import EventLog
import PostgresStore
import PostgresTestSupport
import ProcedureModel
import Testing

/// Migration 7 gives every stored event the ids of its context and happening; the store then gives
/// the same ids to the same fields, whoever appends them, and a report read as ids says what a
/// report read as text says.
@Suite(.enabled(if: TestDatabase.runs)) struct EventCodeMigrationTests {
    @Test func eventsStoredBeforeTheMigrationGetTheIdsNewOnesUse() async throws {
        let url = try await TestDatabase.fresh()
        try await PostgresPool.migrate(url, through: 5)
        // No site and an empty site are two contexts; a kind and its step make a happening.
        let insert = "INSERT INTO event (time, session, procedure, procedure_version, step, kind, channel, site, locale) VALUES"
        for statement in [
            "CREATE TABLE event_2026_11 PARTITION OF event FOR VALUES FROM (1793491200000) TO (1796083200000)",
            """
            \(insert) (\(nineOClock), 'a', 'css', '1', 'foyer', 'step-entered', 'kiosk', NULL, 'fr'),
                (\(nineOClock + 1_000), 'a', 'css', '1', 'foyer', 'completed', 'kiosk', NULL, 'fr'),
                (\(nineOClock + 2_000), 'b', 'css', '1', 'foyer', 'step-entered', 'kiosk', '', 'fr'),
                (\(nineOClock + 3_000), 'b', 'css', '1', 'foyer', 'completed', 'kiosk', '', 'fr')
            """,
        ] {
            _ = try await column(statement, in: url)
        }
        #expect(try await PostgresPool.migrate(url) == [6, 7])
        #expect(try await column("SELECT count(*)::text FROM event WHERE context IS NULL OR happening IS NULL", in: url) == ["0"])
        #expect(try await column("SELECT coalesce(site, 'NULL') || '=' || id FROM event_context ORDER BY id", in: url).count == 2)
        #expect(try await column("SELECT count(DISTINCT happening)::text FROM event", in: url) == ["2"])

        // Two stores (two central processes) append the carried-over fields and new ones at once.
        let first = try await PostgresEventStore(url: url)
        let second = try await PostgresEventStore(url: url)
        async let one: Void = first.append([
            event("c", at: nineOClock + 4_000, site: nil, terminal: nil), event("d", at: nineOClock + 5_000, site: "ccas", terminal: nil),
        ])
        async let two: Void = second.append([
            event("e", at: nineOClock + 6_000, site: "", terminal: nil), event("f", at: nineOClock + 7_000, site: "ccas", terminal: nil),
        ])
        _ = try await (one, two)
        #expect(try await column("SELECT count(*)::text FROM event_context", in: url) == ["3"])
        #expect(
            try await column(
                "SELECT e.session || ' ' || coalesce(c.site, 'NULL') FROM event e JOIN event_context c ON c.id = e.context ORDER BY e.time", in: url)
                == ["a NULL", "a NULL", "b ", "b ", "c NULL", "d ccas", "e ", "f ccas"])

        // The report as ids against the same events read as text.
        let text = MemoryEventStore()
        try await first.forEachBatch(matching: .all, size: 100) { try await text.append($0) }
        for filter in [EventFilter.all, EventFilter(site: "ccas"), EventFilter(site: "")] {
            let coded = try JSONRenderer.render(try await BlockageAnalytics.report(from: first, filter: filter, minimumGroup: 1, now: nineOClock))
            let expected = try JSONRenderer.render(try await BlockageAnalytics.report(from: text, filter: filter, minimumGroup: 1, now: nineOClock))
            #expect(coded == expected, "\(filter)")
        }
        first.close()
        second.close()
    }
}
