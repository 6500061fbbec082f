import ArianeTestFixtures
import EventLog
import Foundation
import ProcedureModel
import Testing

/// `ariane report` and `ariane export`, run as a user would, over a real SQLite event log.
@Suite struct ReportCommandTests {
    /// 2026-11-02 09:00 UTC.
    static let monday: Int64 = 1_793_610_000_000

    /// Five sessions of "aide": four pass foyer to revenus, two of them complete at ok and two abandon
    /// at revenus; the fifth goes from foyer to refus. One more, of "autre", on 2026-11-10.
    static var events: [GuideEvent] {
        func session(_ id: String, _ procedure: String = "aide", at start: Int64, _ path: [(String, GuideEvent.Kind)]) -> [GuideEvent] {
            var time = start
            var events = [GuideEvent]()
            for (index, (step, kind)) in path.enumerated() {
                if index > 0 { time += 10_000 }
                events.append(
                    GuideEvent(
                        session: id, procedure: procedure, procedureVersion: "1", step: step, kind: kind, time: time,
                        channel: .kiosk, site: "nord", locale: "fr", value: kind == .completed ? step : nil,
                        reason: kind == .completed ? "eligible" : nil))
            }
            return events
        }
        let walked: [(String, GuideEvent.Kind)] = [("foyer", .sessionStarted), ("foyer", .stepEntered), ("revenus", .stepEntered)]
        return session("r1", at: monday, walked + [("ok", .stepEntered), ("ok", .completed)])
            + session("r2", at: monday + 60_000, walked + [("ok", .stepEntered), ("ok", .completed)])
            + session("r3", at: monday + 120_000, walked + [("revenus", .abandoned)])
            + session("r4", at: monday + 180_000, walked + [("revenus", .abandoned)])
            + session("r5", at: monday + 240_000, [("foyer", .sessionStarted), ("foyer", .stepEntered), ("refus", .stepEntered), ("refus", .completed)])
            + session("o1", "autre", at: monday + 8 * 86_400_000, [("a", .sessionStarted), ("a", .stepEntered), ("a", .timedOut)])
    }

    /// A folder with the fixture procedure and `log.sqlite` holding ``events``.
    static func folderWithLog() async throws -> URL {
        let folder = try fixtureFolder()
        let store = try SQLiteEventStore(path: folder.appendingPathComponent("log.sqlite").path)
        try await store.append(events)
        try store.close()
        return folder
    }

    @Test func csvHasTheExactPerStepNumbersAndHidesSmallOnes() async throws {
        let folder = try await Self.folderWithLog()
        let result = try ariane(["report", "--db", "log.sqlite", "--format", "csv", "--min-group", "2"], in: folder)
        #expect(result.status == 0)
        #expect(result.standardError == "")
        let lines = Set(result.standardOutput.split(separator: "\n").map(String.init))
        for line in [
            "procedure,aide,,,,started,5", "procedure,aide,,,,completion_rate,0.6000",
            "step,aide,foyer,,,reached,5", "step,aide,revenus,,,reached,4", "step,aide,revenus,,,exits,2",
            "step,aide,revenus,,,exit_rate,0.5000", "step,aide,revenus,,,dwell_median_ms,10000",
            "step,aide,refus,,,reached,<2", "procedure,autre,,,,started,<2", "stuck,aide,revenus,,1,score,2",
        ] {
            #expect(lines.contains(line), "missing \(line)")
        }
    }

    @Test func filtersChooseTheEvents() async throws {
        let folder = try await Self.folderWithLog()
        let autre = try ariane(["report", "--db", "log.sqlite", "--format", "csv", "--procedure", "autre"], in: folder)
        #expect(!autre.standardOutput.contains(",aide,"))
        #expect(autre.standardOutput.contains("procedure,autre,,,,started,<5"))
        // --until is the last day included; --since the first.
        let firstWeek = try ariane(["report", "--db", "log.sqlite", "--format", "json", "--until", "2026-11-08"], in: folder)
        let procedures = try Self.json(firstWeek.standardOutput)["procedures"] as? [[String: Any]]
        #expect(procedures?.map { $0["procedure"] as? String } == ["aide"])
        let later = try ariane(["report", "--db", "log.sqlite", "--format", "json", "--since", "2026-11-10", "--channel", "kiosk"], in: folder)
        #expect((try Self.json(later.standardOutput)["procedures"] as? [[String: Any]])?.map { $0["procedure"] as? String } == ["autre"])
        let elsewhere = try ariane(["report", "--db", "log.sqlite", "--site", "sud"], in: folder)
        #expect(elsewhere.status == 0)
        #expect(elsewhere.standardOutput.contains("Events: site sud\n"))
        #expect(!elsewhere.standardOutput.contains("=="))
    }

    @Test func badOptionsAreRefusedWithWhatAndWhy() async throws {
        let folder = try await Self.folderWithLog()
        for (arguments, message) in [
            (["--since", "2026-02-30"], "Error: --since takes a day written YYYY-MM-DD, such as 2026-11-01; '2026-02-30' is not one: 2026-02 has 28 days"),
            (["--since", "2026-11-10", "--until", "2026-11-01"], "Error: --until (2026-11-01) is before --since (2026-11-10)"),
            (["--channel", "bus"], "Error: --channel takes one of kiosk, assisted, terminal; 'bus' is not one"),
            (["--min-group", "1"], "Error: --min-group must be at least 2, so that no single person can be singled out; got 1"),
        ] {
            let result = try ariane(["report", "--db", "log.sqlite"] + arguments, in: folder)
            #expect(result.status == 64)
            #expect(result.standardError.hasPrefix(message + "\n"), "\(arguments): \(result.standardError)")
            #expect(result.standardOutput == "")
        }
        let format = try ariane(["report", "--db", "log.sqlite", "--format", "pdf"], in: folder)
        #expect(format.status == 64)
        #expect(format.standardError.contains("'pdf'"))
    }

    @Test func theDefaultLogAfterASimulationGivesEveryFormat() throws {
        let folder = try fixtureFolder()
        #expect(try ariane(["simulate", "essai.xml", "--sessions", "300"], in: folder).status == 0)
        let table = try ariane(["report"], in: folder)
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("Ten worst stuck points"))
        #expect(table.standardOutput.contains("== essai (version 1) ==\nSessions: 300 started,"))
        let html = try ariane(["report", "--format", "html", "--period", "week"], in: folder)
        #expect(html.standardOutput.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(html.standardOutput.contains("<svg class=\"funnel\""))
        #expect(html.standardOutput.contains("Évolution par semaine"))
        let json = try Self.json(try ariane(["report", "--format", "json"], in: folder).standardOutput)
        #expect(json["minimumGroup"] as? Int == 5)
    }

    @Test func exportsWriteEveryEventOnce() async throws {
        let folder = try await Self.folderWithLog()
        let xes = try ariane(["export", "--format", "xes", "--db", "log.sqlite"], in: folder)
        #expect(xes.status == 0)
        #expect(xes.standardOutput.ranges(of: "<trace>").count == 6)
        #expect(xes.standardOutput.ranges(of: "<event>").count == Self.events.count)
        let csv = try ariane(["export", "--format", "csv", "--db", "log.sqlite", "--procedure", "autre"], in: folder)
        #expect(
            csv.standardOutput == """
                session,procedure,procedure_version,step,kind,time,timestamp,channel,site,terminal,locale,value,reason,count
                o1,autre,1,a,session-started,1794301200000,2026-11-10T09:00:00.000Z,kiosk,nord,,fr,,,
                o1,autre,1,a,step-entered,1794301210000,2026-11-10T09:00:10.000Z,kiosk,nord,,fr,,,
                o1,autre,1,a,timed-out,1794301220000,2026-11-10T09:00:20.000Z,kiosk,nord,,fr,,,

                """)
        let jsonl = try ariane(["export", "--format", "jsonl", "--db", "log.sqlite", "--until", "2026-11-02"], in: folder)
        #expect(jsonl.standardOutput.split(separator: "\n").count == Self.events.count - 3)
        let missing = try ariane(["export", "--db", "log.sqlite"], in: folder)
        #expect(missing.status == 64)
        #expect(missing.standardError.contains("--format"))
    }

    static func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }
}
