import BlockageAnalytics
import EventLog
import Foundation
import PostgresStore
import PostgresTestSupport
import ProcedureModel
import ProcedureXML
import Simulator
import Testing

/// A report from PostgreSQL and from SQLite over the same events is the same, byte for byte.
@Suite(.enabled(if: TestDatabase.runs)) struct ReportIdentityTests {
    /// 1 500 simulated sessions over every shipped procedure, a fortnight from 2026-11-21, across two months' partitions.
    static func simulatedEvents() throws -> [GuideEvent] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let (library, problems) = try ProcedureLoader().loadLibrary([root.appendingPathComponent("procedures").path])
        #expect(problems.isEmpty)
        let procedures = try library.procedures.map { ($0, try XPathConditions(procedure: $0) as any ConditionEvaluator) }
        let simulation = Simulation(procedures: procedures, sessions: 1_500, seed: 11, firstMidnight: 1_795_219_200_000, days: 14)
        return (0..<1_500).flatMap { index in
            var events = simulation.events(ofSession: index)
            // Two sites, so the site filter has something to choose.
            for position in events.indices { events[position].site = index % 3 == 0 ? "ccas" : "mairie" }
            return events
        }
    }

    @Test func jsonReportsAreIdentical() async throws {
        let events = try Self.simulatedEvents()
        let postgres = try await StoreKind.postgres.make()
        let sqlite = try await StoreKind.sqlite.make()
        // The same batches in the same order: the order of sessions is part of the report's input.
        for start in stride(from: 0, to: events.count, by: 4_000) {
            let batch = Array(events[start..<min(start + 4_000, events.count)])
            try await postgres.append(batch)
            try await sqlite.append(batch)
        }
        let now: Int64 = 1_796_000_000_000
        for filter in [EventFilter.all, EventFilter(site: "ccas"), EventFilter(since: 1_795_824_000_000, locale: "fr")] {
            for period in [ReportPeriod.month, .week] {
                let fromPostgres = try JSONRenderer.render(
                    try await BlockageAnalytics.report(from: postgres, filter: filter, period: period, now: now))
                let fromSQLite = try JSONRenderer.render(
                    try await BlockageAnalytics.report(from: sqlite, filter: filter, period: period, now: now))
                #expect(fromPostgres == fromSQLite, "\(filter) \(period)")
                #expect(fromPostgres.count > 1_000)
            }
        }
        try EventStoreLocation.close(postgres)
        try EventStoreLocation.close(sqlite)
    }
}
