import BlockageAnalytics
import EventLog
import Foundation
import ProcedureModel
import Testing

/// A report read from SQLite, where the fold compares ids (context, happening, session number), is
/// the report read from memory, where it compares the events' strings, on the odd sessions a log
/// may hold; so is the differencing-safe report, whose fold splits sessions into atoms.
@Suite struct CodedReadTests {
    /// Sessions that start without `session-started`, change procedure midway, complete twice, enter
    /// a step that names none, and log notes, calls and feedback; one happening (the same step,
    /// value and reason) comes back in several sessions and procedures.
    var events: [GuideEvent] {
        var events: [GuideEvent] = []
        var time = monday
        func add(
            _ session: String, _ procedure: String, _ kind: GuideEvent.Kind, step: String?, site: String? = "nord",
            locale: String = "fr", value: String? = nil, reason: String? = nil
        ) {
            time += 60_000
            events.append(
                GuideEvent(
                    session: session, procedure: procedure, procedureVersion: "1", step: step, kind: kind, time: time,
                    channel: .kiosk, site: site, locale: locale, value: value, reason: reason))
        }
        add("a", "aide", .sessionStarted, step: nil)
        add("a", "aide", .stepEntered, step: "foyer")
        add("a", "aide", .workerNote, step: "foyer", reason: "language")
        add("a", "aide", .workerNote, step: "foyer", reason: "not-a-category")
        add("a", "logement", .stepEntered, step: "loyer")
        add("a", "aide", .stepEntered, step: "revenus")
        add("a", "aide", .completed, step: "ok", reason: "eligible")
        add("a", "aide", .completed, step: "refus", reason: "not-eligible")
        add("a", "aide", .feedback, step: nil, value: "good")
        add("b", "aide", .stepEntered, step: "foyer")
        add("b", "aide", .helpAsked, step: "foyer")
        add("c", "logement", .sessionStarted, step: nil, site: nil, locale: "ar")
        add("c", "logement", .stepEntered, step: nil, site: nil, locale: "ar")
        add("c", "logement", .stepEntered, step: "foyer", site: nil, locale: "ar")
        add("c", "logement", .mediatorCalled, step: "foyer", site: nil, locale: "ar")
        add("c", "logement", .mediatorAnswered, step: "foyer", site: nil, locale: "ar")
        add("c", "logement", .resumed, step: "foyer", site: nil, locale: "ar")
        add("c", "logement", .stepEntered, step: "loyer", site: nil, locale: "ar")
        add("c", "logement", .timedOut, step: "loyer", site: nil, locale: "ar")
        add("d", "aide", .sessionStarted, step: nil, site: "sud")
        add("d", "aide", .stepEntered, step: "revenus", site: "sud")
        add("d", "aide", .workerNote, step: "revenus", site: "sud", reason: "language")
        add("d", "aide", .stepEntered, step: "foyer", site: "sud")
        add("d", "aide", .feedback, step: nil, site: "sud", value: "bad")
        add("d", "aide", .abandoned, step: "foyer", site: "sud")
        return events
    }

    @Test func idsReportWhatStringsReport() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coded-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sqlite = try SQLiteEventStore(path: folder.appendingPathComponent("log.sqlite").path)
        try await sqlite.append(events)
        let sessions = try await sqlite.foldCoded(
            matching: .all, parts: 1, start: { Set<Int64>() },
            add: { seen, chunk in
                for index in stride(from: 0, to: chunk.rows.count, by: 4) { seen.insert(chunk.rows[index]) }
            })
        #expect(sessions.map(\.count) == [4])
        for period in ReportPeriod.allCases {
            for filter in [EventFilter.all, EventFilter(procedure: "aide"), EventFilter(site: "nord")] {
                let coded = try await BlockageAnalytics.report(from: sqlite, filter: filter, minimumGroup: 1, period: period, now: later)
                let read = try await BlockageAnalytics.report(
                    from: MemoryEventStore(events), filter: filter, minimumGroup: 1, period: period, now: later)
                #expect(try JSONRenderer.render(coded) == JSONRenderer.render(read), "\(period) \(filter)")
                for version in [nil, "1"] {
                    let safeCoded = try await BlockageAnalytics.differencingSafeReport(
                        from: sqlite, filter: filter, minimumGroup: 1, period: period, version: version, now: later)
                    let safeRead = try await BlockageAnalytics.differencingSafeReport(
                        from: MemoryEventStore(events), filter: filter, minimumGroup: 1, period: period, version: version, now: later)
                    #expect(try JSONRenderer.render(safeCoded) == JSONRenderer.render(safeRead), "safe \(period) \(filter) \(version ?? "-")")
                }
            }
        }
    }
}
