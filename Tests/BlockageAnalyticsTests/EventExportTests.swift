import BlockageAnalytics
import EventLog
import Foundation
import ProcedureModel
import Testing

/// CSV and JSON Lines exports of ``ExportLog``, and what every output leaves out.
@Suite struct EventExportTests {
    @Test func csvHasOneLinePerEventWithAnswersDropped() async throws {
        let csv = try await ExportLog.export(.csv, filter: EventFilter(channel: .assisted))
        #expect(
            csv == """
                session,procedure,procedure_version,step,kind,time,timestamp,channel,site,terminal,locale,value,reason,count
                s-2,aide,1,foyer,session-started,1793610060000,2026-11-02T09:01:00.000Z,assisted,,borne-1,ar,,,
                s-2,aide,1,foyer,step-entered,1793610060000,2026-11-02T09:01:00.000Z,assisted,,borne-1,ar,,,
                s-2,aide,1,foyer,worker-note,1793610061000,2026-11-02T09:01:01.000Z,assisted,,borne-1,ar,,other,
                s-2,aide,1,foyer,input-rejected,1793610062000,2026-11-02T09:01:02.000Z,assisted,,borne-1,ar,,not-a-number,
                s-2,aide,1,foyer,timed-out,1793610062500,2026-11-02T09:01:02.500Z,assisted,,borne-1,ar,,,

                """)
    }

    /// An estimate's events keep the benefits' names and the fallback's reason (fixed vocabularies, no
    /// amount); a reason outside the list is dropped.
    @Test func estimateEventsKeepTheBenefitsAndTheFallbacksReason() async throws {
        func event(_ kind: GuideEvent.Kind, value: String?, reason: String?) -> GuideEvent {
            GuideEvent(
                session: "s-9", procedure: "rsa", procedureVersion: "1", step: "verifier", kind: kind, time: 1_793_610_000_000, channel: .kiosk,
                locale: "fr", value: value, reason: reason)
        }
        let store = MemoryEventStore([
            event(.estimateShown, value: "ppa rsa aide_logement af", reason: nil), event(.estimateFellBack, value: "rsa", reason: "timed-out"),
            event(.estimateFellBack, value: "rsa", reason: "470 euros"),
        ])
        var csv = ""
        try await ExportFormat.csv.export(from: store, filter: .all) { csv += $0 }
        #expect(
            csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).suffix(4).joined(separator: ",") } == [
                "fr,ppa rsa aide_logement af,,", "fr,rsa,timed-out,", "fr,rsa,,",
            ])
    }

    @Test func csvQuotesAndDefusesFields() async throws {
        var walk = Walk("a,b", "=HYPERLINK()", at: monday, start: "say \"hi\"")
        walk.end(after: 1)
        var csv = ""
        try await ExportFormat.csv.export(from: MemoryEventStore(walk.events), filter: .all) { csv += $0 }
        let line = csv.split(separator: "\n")[1]
        #expect(line.hasPrefix("\"a,b\",'=HYPERLINK(),1,\"say \"\"hi\"\"\",session-started,"))
    }

    @Test func jsonLinesReadBackAsTheEventsMinusWhatIsNeverExported() async throws {
        let lines = try await ExportLog.export(.jsonl).split(separator: "\n")
        let decoded = try lines.map { try JSONDecoder().decode(GuideEvent.self, from: Data($0.utf8)) }
        // Already grouped by session, in time order.
        var expected = ExportLog.events
        for index in expected.indices {
            switch expected[index].kind {
            case .back, .completed: break
            default: expected[index].value = nil
            }
            if expected[index].kind == .workerNote { expected[index].reason = "other" }
        }
        #expect(decoded.count == expected.count)
        #expect(decoded == expected)
        #expect(
            lines[0] == """
                {"channel":"kiosk","kind":"session-started","locale":"fr","procedure":"aide","procedureVersion":"1",\
                "session":"s-1","site":"nord","step":"foyer","terminal":"borne-1","time":1793610000000}
                """)
    }

    @Test func noAnswerAndNoFreeTextInAnyOutput() async throws {
        let store = MemoryEventStore(ExportLog.events)
        let report = try await BlockageAnalytics.report(from: store, minimumGroup: 1, now: later)
        var outputs = try ReportFormat.allCases.map { try $0.render(report) }
        for format in ExportFormat.allCases {
            var text = ""
            try await format.export(from: store, filter: .all) { text += $0 }
            outputs.append(text)
        }
        for output in outputs {
            #expect(!output.contains(ExportLog.secretAnswer))
            #expect(!output.contains("Dupont"))
        }
    }

    @Test func piecesAreAtLeastAChunkAndAddUpToTheWholeExportInBothWays() async throws {
        let store = MemoryEventStore(ExportLog.events)
        for format in ExportFormat.allCases {
            let whole = try await ExportLog.export(format)
            var pieces: [String] = []
            // Batches of 2 events and pieces of 300 bytes: every boundary falls inside the log.
            try await format.export(from: store, filter: .all, batch: 2, chunk: 300) { pieces.append($0) }
            #expect(pieces.joined() == whole, "\(format)")
            #expect(pieces.dropLast().allSatisfy { $0.utf8.count >= 300 }, "\(format)")
            #expect(pieces.count > 2, "\(format)")
            // Another batch size cuts the same pieces.
            var again: [String] = []
            try await format.export(from: store, filter: .all, batch: 5, chunk: 300) { again.append($0) }
            #expect(again == pieces, "\(format)")
        }
    }
}
