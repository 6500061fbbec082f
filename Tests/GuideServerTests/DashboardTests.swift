import Foundation
import GuideServer
import Hummingbird
import HummingbirdTesting
import ProcedureModel
import Testing

/// The analysts' dashboard: only for analysts and admins, aggregates only, small groups suppressed.
@Suite struct DashboardTests {
    /// Six residents finish the fixture procedure at the kiosk, two leave at the income question.
    func play(_ client: any TestClientProtocol) async throws {
        for person in 0..<8 {
            let cookie = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            _ = try await client.post("/kiosk/step", ["action": "answer", "value": "1"], cookie: cookie)
            if person < 2 {
                _ = try await client.post("/kiosk/step", ["action": "quit"], cookie: cookie)
                continue
            }
            _ = try await client.post("/kiosk/step", ["action": "answer", "value": "700"], cookie: cookie)
            _ = try await client.post("/kiosk/step", ["action": "continue"], cookie: cookie)
        }
    }

    @Test func onlyAnalystsAndAdminsSeeIt() async throws {
        try await ConsoleHarness().run { client async throws in
            #expect(try await client.get("/dashboard").location == "/console/login")
            let worker = try await client.signIn("marie")
            #expect(try await worker.get(client, "/dashboard").status == .forbidden)
            #expect(try await worker.get(client, "/dashboard/report.csv").status == .forbidden)
            let analyst = try await client.signIn("ana")
            let home = try await analyst.get(client, "/dashboard")
            #expect(home.status == .ok)
            #expect(home.text.contains(#"<option value="essai">Démarche d&#39;essai</option>"#))
            #expect(try await client.signIn("root").get(client, "/dashboard").status == .ok)
        }
    }

    @Test func reportCountsSessionsAndSuppressesSmallGroups() async throws {
        try await ConsoleHarness().run { client async throws in
            try await play(client)
            let analyst = try await client.signIn("ana")
            let json = try await analyst.get(client, "/dashboard/report.json?procedure=essai")
            #expect(json.status == .ok)
            #expect(json.headers[.contentDisposition] == #"attachment; filename="ariane-report.json""#)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any])
            let procedure = try #require((report["procedures"] as? [[String: Any]])?.first)
            #expect(procedure["procedure"] as? String == "essai")
            // 8 sessions started, 6 completed; the 2 who left are fewer than 5: suppressed.
            let sessions = try #require(procedure["sessions"] as? [String: Any])
            #expect(sessions["started"] as? Int == 8)
            #expect(sessions["completed"] as? Int == 6)
            #expect(sessions["completionRate"] as? Double == 0.75)
            #expect(sessions["abandoned"] as? [String: Bool] == ["suppressed": true])
            let csv = try await analyst.get(client, "/dashboard/report.csv?procedure=essai&min-group=5")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            let html = try await analyst.get(client, "/dashboard/report?procedure=essai")
            #expect(html.text.hasPrefix("<!doctype html>") || html.text.hasPrefix("<!DOCTYPE html>"))
            #expect(html.text.contains("<svg"))
            #expect(!html.text.contains("http://") && !html.text.contains("https://"))
        }
    }

    @Test func xesExportIsAnEventLog() async throws {
        try await ConsoleHarness().run { client async throws in
            try await play(client)
            let analyst = try await client.signIn("ana")
            let xes = try await analyst.get(client, "/dashboard/export.xes")
            #expect(xes.status == .ok)
            #expect(xes.text.contains("<log "))
            #expect(xes.text.components(separatedBy: "<trace>").count - 1 == 8)
        }
    }

    @Test func badFiltersAreRefusedClearly() async throws {
        try await ConsoleHarness().run { client async throws in
            let analyst = try await client.signIn("ana")
            for query in ["since=2026-13-01", "channel=fax", "period=year", "min-group=2"] {
                let response = try await analyst.get(client, "/dashboard/report.json?\(query)")
                #expect(response.status == .badRequest, "\(query)")
            }
            // The same rule and words as `ariane report`, shown on the console's message page.
            for (query, message) in [
                ("since=2026-02-30", "since takes a day written YYYY-MM-DD, such as 2026-11-01; &#39;2026-02-30&#39; is not one: 2026-02 has 28 days"),
                ("until=2026-11-9", "until takes a day written YYYY-MM-DD, such as 2026-11-01; &#39;2026-11-9&#39; is not one"),
                ("since=2026-11-10&until=2026-11-01", "until (2026-11-01) is before since (2026-11-10)"),
            ] {
                let page = try await analyst.get(client, "/dashboard/report?\(query)")
                #expect(page.status == .badRequest)
                #expect(page.text.contains(#"<p class="message">\#(message)</p>"#), "\(query)")
            }
        }
    }
}
