import BlockageAnalytics
import EventLog
import Foundation
import ProcedureModel
import Testing

/// A report read from SQLite in two runs of sessions at once, each folded apart and then merged, is
/// the report of one fold over every event, byte for byte.
@Suite struct SplitReadTests {
    /// Twelve sessions ten days apart. Those of the second half (the second run) meet a procedure,
    /// steps, a site and a month the first half never did, enter the steps in another order, and
    /// log other results at the same outcome.
    var walks: [Walk] {
        (0..<12).map { index in
            let late = index >= 6
            var walk = Walk(
                "w\(index)", late && index % 2 == 0 ? "logement" : "aide", at: monday + Int64(index) * 10 * 86_400_000,
                start: late ? "revenus" : "foyer", channel: index % 3 == 0 ? .assisted : .kiosk, site: late ? "sud" : "nord",
                locale: index % 4 == 0 ? "ar" : "fr")
            walk.signal(index % 2 == 0 ? .helpAsked : .noInput, after: 3)
            walk.answer(after: 10 + Double(index), then: late ? "foyer" : "revenus")
            if index % 3 == 1 {
                walk.end(after: 20)
            } else {
                walk.complete(after: 30, at: "ok", result: index % 2 == 0 ? .eligible : .notEligible)
            }
            return walk
        }
    }

    @Test func twoRunsReportAsOne() async throws {
        let events = walks.flatMap(\.events)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sqlite = try SQLiteEventStore(path: folder.appendingPathComponent("log.sqlite").path)
        try await sqlite.append(events)
        // The SQLite store does split this log: both runs hold sessions.
        let runs = try await sqlite.fold(matching: .all, parts: 2, start: { 0 }, add: { count, _ in count += 1 })
        #expect(runs.count == 2 && runs.allSatisfy { $0 > 0 })
        for period in ReportPeriod.allCases {
            for filter in [EventFilter.all, EventFilter(procedure: "aide")] {
                let split = try await BlockageAnalytics.report(from: sqlite, filter: filter, minimumGroup: 1, period: period, now: later)
                let whole = try await BlockageAnalytics.report(
                    from: MemoryEventStore(events), filter: filter, minimumGroup: 1, period: period, now: later)
                #expect(try JSONRenderer.render(split) == JSONRenderer.render(whole), "\(period) \(filter)")
            }
        }
    }
}
