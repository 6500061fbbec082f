import EventLog
import Foundation
import GuideServer
import Hummingbird
import HummingbirdTesting
import ProcedureModel
import Testing

/// The analysts' dashboard: only for analysts and admins, aggregates only, small groups suppressed.
@Suite struct DashboardTests {
    /// Residents at the kiosk: `leaving` quit at the income question, `finishing` go to the end.
    func play(_ client: any TestClientProtocol, leaving: Int = 2, finishing: Int = 6) async throws {
        for person in 0..<(leaving + finishing) {
            let cookie = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            _ = try await client.post("/kiosk/step", ["action": "answer", "value": "1"], cookie: cookie)
            if person < leaving {
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
            #expect(home.text.contains(#"<a href="/dashboard?procedure=essai">Démarche d&#39;essai</a>"#))
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
            // 8 sessions started, 6 completed; the 2 who left are fewer than 5: left out of every sum.
            let sessions = try #require(procedure["sessions"] as? [String: Any])
            #expect(sessions["started"] as? Int == 8)
            #expect(sessions["completed"] as? Int == 6)
            #expect(sessions["completionRate"] as? Double == 0.75)
            #expect(sessions["abandoned"] as? Int == 0)
            #expect(report["sessionsWithoutStart"] as? [String: Bool] == ["suppressed": true])
            let csv = try await analyst.get(client, "/dashboard/report.csv?procedure=essai&min-group=5")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
        }
    }

    /// Item 7: filters and report on one page, kept in the URL; steps named by their question.
    @Test func filtersAndReportAreOnePageKeptInTheURL() async throws {
        try await ConsoleHarness().run { client async throws in
            try await play(client, leaving: 5, finishing: 5)
            let analyst = try await client.signIn("ana")
            let page = try await analyst.get(client, "/dashboard?procedure=essai&channel=kiosk&period=week")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains(#"<option value="kiosk" selected>Borne</option>"#))
            #expect(html.contains(#"<option value="week" selected>semaine</option>"#))
            #expect(html.contains(#"<input type="hidden" name="procedure" value="essai">"#))
            // Navigation keeps the filters and marks where one is.
            #expect(html.contains(#"<a href="/dashboard?channel=kiosk&amp;period=week&amp;procedure=essai" aria-current="page">"#))
            #expect(html.contains(#"<a href="/dashboard?channel=kiosk&amp;period=week">Toutes les démarches</a>"#))
            // The step that blocks: its question, its id small; the chart and its table.
            #expect(html.contains(#"<span lang="fr" dir="ltr">Combien gagnez-vous par mois ?</span> <small class="step-id">revenus</small>"#))
            #expect(html.contains(#"<table id="stuck-table">"#))
            #expect(html.contains(#"<svg role="img" aria-labelledby="stuck-chart-title""#))
            #expect(html.contains("<td>10</td><td>5</td><td>50\u{A0}%</td>"))
            // Whom it blocks: the channel and the language where most leave, each from its own view.
            #expect(html.contains(#"<td class="name">borne 50\#u{A0}%, français 50\#u{A0}%</td>"#))
            #expect(!html.contains("http://") && !html.contains("https://"))
            // The old report page leads to the one page, with the same view.
            let old = try await analyst.get(client, "/dashboard/report?procedure=essai&since=2026-11-01")
            #expect(old.status == .movedPermanently)
            #expect(old.location == "/dashboard?procedure=essai&since=2026-11-01")
        }
    }

    @Test func questionsAreShownInTheChosenLanguage() async throws {
        let harness = try ConsoleHarness()
        try harness.kiosk.offerArabic([("step.foyer.text", "Combien de personnes vivent chez vous ?", "كم شخصًا يعيش في بيتك؟")])
        try await harness.run { client async throws in
            try await play(client, leaving: 5, finishing: 5)
            let analyst = try await client.signIn("ana")
            let page = try await analyst.get(client, "/dashboard?procedure=essai&lang=ar")
            #expect(page.status == .ok)
            #expect(page.text.contains(#"<span lang="ar" dir="rtl">كم شخصًا يعيش في بيتك؟</span> <small class="step-id">foyer</small>"#))
            #expect(page.text.contains(#"<option value="ar" selected>"#))
        }
    }

    /// Item 10: every filter error in French, on the page with the form as sent; unknown things are 404.
    @Test func badFiltersAreRefusedInFrench() async throws {
        try await ConsoleHarness().run { client async throws in
            let analyst = try await client.signIn("ana")
            for (query, status, message) in [
                (
                    "since=2026-02-30", HTTPResponse.Status.badRequest,
                    "« Depuis le » attend un jour écrit AAAA-MM-JJ, par exemple 2026-11-01 ; « 2026-02-30 » n&#39;en est pas un : 2026-02 n&#39;a que 28 jours."
                ),
                (
                    "until=2026-11-9", .badRequest,
                    "« Jusqu&#39;au » attend un jour écrit AAAA-MM-JJ, par exemple 2026-11-01 ; « 2026-11-9 » n&#39;en est pas un."
                ),
                ("since=2026-13-01", .badRequest, "il n&#39;y a pas de mois 13."),
                ("since=2026-11-10&until=2026-11-01", .badRequest, "« Jusqu&#39;au » (2026-11-01) est avant « Depuis le » (2026-11-10)."),
                ("channel=fax", .badRequest, "« Canal » vaut borne (kiosk), accompagné (assisted) ou terminal (terminal), pas « fax »."),
                ("period=year", .badRequest, "« Évolution par » vaut semaine (week) ou mois (month), pas « year »."),
                ("min-group=2", .badRequest, "« Taille minimale d&#39;un groupe » est un nombre entier d&#39;au moins 5, pas « 2 »."),
                ("procedure=inconnue", .notFound, "Démarche inconnue « inconnue »"),
                ("lang=xx", .notFound, "Langue des questions inconnue « xx » : ce serveur connaît fr."),
                ("locale=zz", .notFound, "Langue des sessions inconnue « zz »"),
                ("procedure=essai&before-since=2026-11-02", .badRequest, "Pour comparer deux périodes, remplissez aussi « Avant, au »."),
                ("before-version=1&after-version=2", .badRequest, "Pour comparer, choisissez d&#39;abord une démarche."),
            ] {
                let page = try await analyst.get(client, "/dashboard?\(query)")
                #expect(page.status == status, "\(query)")
                #expect(page.text.contains(#"<p class="notice" role="alert">"#), "\(query)")
                #expect(page.text.contains(message), "\(query): \(page.text)")
                #expect(page.text.contains(#"<form method="get" action="/dashboard" class="filters""#), "\(query)")
            }
            #expect(try await analyst.get(client, "/dashboard?since=2026-02-30").text.contains(#"name="since" value="2026-02-30""#))
            #expect(try await analyst.get(client, "/dashboard/report.json?procedure=inconnue").status == .notFound)
            #expect(try await analyst.get(client, "/dashboard/report.csv?channel=fax").status == .badRequest)
        }
    }

    /// Item 8: two periods compared step by step, with the two-proportion test in plain words.
    @Test func twoPeriodsAreComparedStepByStep() async throws {
        let harness = try ConsoleHarness()
        let store = MemoryEventStore(Self.twoWeeks)
        try await harness.run(store: store) { client async throws in
            let analyst = try await client.signIn("ana")
            let page = try await analyst.get(
                client,
                "/dashboard?procedure=essai&before-since=2026-11-02&before-until=2026-11-08&after-since=2026-11-09&after-until=2026-11-15")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains(#"<details class="more" id="comparer" open>"#))
            #expect(html.contains("<td>12 sur 20 (60\u{A0}%)</td><td>5 sur 20 (25\u{A0}%)</td><td>−35 points</td>"))
            #expect(html.contains("La différence est plus grande que ce que le hasard expliquerait (p\u{A0}=\u{A0}0,03)."))
            // Nobody left at the first question in either week.
            #expect(html.contains("<td>0 sur 20 (0\u{A0}%)</td><td>0 sur 20 (0\u{A0}%)</td><td>0 point</td><td class=\"name\">Aucune différence.</td>"))
        }
    }

    /// The same, as two versions of the procedure: the change shipped as version 2 the second week.
    @Test func twoVersionsAreComparedStepByStep() async throws {
        let harness = try ConsoleHarness()
        let store = MemoryEventStore(
            Self.twoWeeks.map { event in
                var event = event
                event.procedureVersion = event.time < Self.monday + 7 * 86_400_000 ? "1" : "2"
                return event
            })
        try await harness.run(store: store) { client async throws in
            let analyst = try await client.signIn("ana")
            let form = try await analyst.get(client, "/dashboard?procedure=essai")
            #expect(
                form.text.contains(
                    #"<select id="c-before-version" name="before-version"><option value="" selected>–</option><option value="1">1</option><option value="2">2</option></select>"#
                ))
            let page = try await analyst.get(client, "/dashboard?procedure=essai&before-version=1&after-version=2")
            #expect(page.status == .ok)
            #expect(page.text.contains("Sorties par étape. Avant : version 1. Après : version 2."))
            #expect(page.text.contains("<td>12 sur 20 (60\u{A0}%)</td><td>5 sur 20 (25\u{A0}%)</td><td>−35 points</td>"))
            #expect(page.text.contains(#"<option value="2" selected>2</option>"#))
        }
    }

    /// 2026-11-02 09:00 UTC, a Monday.
    static let monday: Int64 = 1_793_610_000_000

    /// The week of 2 November: 20 residents reach the income question, 12 leave there. The next
    /// week: 20 reach it, 5 leave.
    static var twoWeeks: [GuideEvent] {
        var events: [GuideEvent] = []
        for (week, leaving) in [(0, 12), (1, 5)] {
            for person in 0..<20 {
                let session = "w\(week)-\(person)"
                let start = monday + Int64(week) * 7 * 86_400_000 + Int64(person) * 600_000
                func event(_ kind: GuideEvent.Kind, _ step: String?, after seconds: Int64) -> GuideEvent {
                    GuideEvent(
                        session: session, procedure: "essai", procedureVersion: "1", step: step, kind: kind, time: start + seconds * 1000,
                        channel: .kiosk, site: "nord", terminal: "borne-1", locale: "fr")
                }
                events += [event(.sessionStarted, "foyer", after: 0), event(.stepEntered, "foyer", after: 0), event(.stepEntered, "revenus", after: 10)]
                if person < leaving {
                    events.append(event(.abandoned, "revenus", after: 40))
                } else {
                    events += [event(.stepEntered, "papiers", after: 30), event(.stepEntered, "ok", after: 50), event(.completed, "ok", after: 50)]
                }
            }
        }
        return events
    }
}
