import EventLog
import Foundation
import GuideServer
import Hummingbird
import HummingbirdTesting
import ProcedureModel
import Testing

/// The dashboard's event downloads (XES, CSV, JSON Lines), streamed over a real socket, are byte for
/// byte what `ariane export` writes.
@Suite struct DashboardExportTests {
    /// 2026-11-02 09:00:00 UTC, in ms.
    static let monday: Int64 = 1_793_610_000_000

    /// A handful of hand-written events (markup to escape, an answer exports drop, two channels, two
    /// days), then 60 plain sessions so that the file is longer than one 64 KiB piece.
    static var events: [GuideEvent] {
        func event(_ session: String, _ kind: GuideEvent.Kind, at seconds: Int64, step: String? = "foyer", channel: Channel = .kiosk) -> GuideEvent {
            GuideEvent(
                session: session, procedure: "essai", procedureVersion: "1", step: step, kind: kind,
                time: monday + seconds * 1_000, channel: channel, site: "nord & sud", terminal: "borne-<1>", locale: "fr")
        }
        var answered = event("s-1", .answered, at: 20)
        answered.value = "12 rue des Lilas"
        var events = [
            event("s-1", .sessionStarted, at: 0), event("s-1", .stepEntered, at: 0), answered,
            event("s-2", .sessionStarted, at: 86_400, channel: .assisted), event("s-1", .abandoned, at: 40, step: nil),
        ]
        for index in 0..<60 {
            let session = String(format: "g-%02d", index)
            events += [event(session, .sessionStarted, at: 100 + Int64(index)), event(session, .stepEntered, at: 101 + Int64(index))]
        }
        return events
    }

    @Test func streamedEventsAreWhatTheCommandWrites() async throws {
        let harness = try ConsoleHarness()
        let path = harness.kiosk.folder.appendingPathComponent("log.sqlite").path
        let store = try SQLiteEventStore(path: path)
        try await store.append(Self.events)
        let queries: [(String, [String])] = [
            ("", []),
            ("?channel=kiosk&since=2026-11-02&until=2026-11-02", ["--channel", "kiosk", "--since", "2026-11-02", "--until", "2026-11-02"]),
            ("?since=2026-11-03", ["--since", "2026-11-03"]),
            ("?procedure=autre", ["--procedure", "autre"]),
        ]
        let app = try await buildApplication(harness.settings, store: store)
        try await app.test(.live) { client in
            let analyst = try await client.signIn("ana")
            let formats = [("xes", "application/xml"), ("csv", "text/csv; charset=utf-8"), ("jsonl", "application/jsonl; charset=utf-8")]
            for (format, type) in formats {
                for (query, options) in queries {
                    let download = try await analyst.get(client, "/dashboard/export.\(format)\(query)")
                    #expect(download.status == .ok)
                    #expect(download.headers[.contentType] == type)
                    #expect(download.headers[.contentDisposition] == "attachment; filename=\"ariane-events.\(format)\"")
                    let command = try await ConsoleUserCommandTests.arianeOffThePool(["export", "--format", format, "--db", path] + options)
                    #expect(command.status == 0, "\(command.err)")
                    #expect(Array(download.body.readableBytesView) == Array(command.out.utf8), "\(format)\(query)")
                }
            }
            let whole = try await analyst.get(client, "/dashboard/export.xes")
            #expect(whole.body.readableBytes > 64 << 10)
            #expect(whole.text.ranges(of: "<trace>").count == 62)
            #expect(!whole.text.contains("Lilas"))
            #expect(whole.text.contains(#"<string key="org:group" value="nord &amp; sud"/>"#))
        }
    }
}
