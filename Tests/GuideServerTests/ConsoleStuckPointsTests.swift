import EventLog
import Foundation
import GuideServer
import HummingbirdTesting
import ProcedureModel
import Testing

/// The console's home shows where residents of the worker's own site got stuck this week, by the
/// question they saw, with the dashboard's small-group rule.
@Suite struct ConsoleStuckPointsTests {
    static let hour: Int64 = 60 * 60 * 1000

    /// A resident of `site` who stopped at `step` at `time`, with a worker's note of `reason` there.
    static func stuck(
        _ id: String, at step: String, site: String, time: Int64, reason: BlockageCategory? = nil
    ) -> [GuideEvent] {
        func event(_ kind: GuideEvent.Kind, _ step: String, _ offset: Int64, reason: String? = nil) -> GuideEvent {
            GuideEvent(
                session: id, procedure: "essai", procedureVersion: "1", step: step, kind: kind, time: time + offset, channel: .assisted,
                site: site, locale: "fr", reason: reason)
        }
        var events = [event(.sessionStarted, "foyer", 0), event(.stepEntered, "foyer", 1)]
        if step == "revenus" { events += [event(.answered, "foyer", 2), event(.stepEntered, "revenus", 3)] }
        if let reason { events.append(event(.workerNote, step, 4, reason: reason.rawValue)) }
        events.append(event(.abandoned, step, 5))
        return events
    }

    static func harness(site: String) throws -> ConsoleHarness {
        var harness = try ConsoleHarness()
        harness.settings.site = site
        return harness
    }

    @Test func theWeeksWorstStepsOfThisSiteByTheirQuestion() async throws {
        let harness = try Self.harness(site: "centre-a")
        let clock = HandClock()
        let now = HandClock.start
        var events: [GuideEvent] = []
        for index in 0..<6 {
            let reason: BlockageCategory = index < 5 ? .missingDocument : .language
            events += Self.stuck("a\(index)", at: "foyer", site: "centre-a", time: now - 2 * Self.hour, reason: reason)
            // Another site's residents, and this site's of two weeks ago, stopped elsewhere: not shown here.
            events += Self.stuck("b\(index)", at: "revenus", site: "centre-b", time: now - 2 * Self.hour)
            events += Self.stuck("old\(index)", at: "revenus", site: "centre-a", time: now - 14 * 24 * Self.hour)
        }
        try await harness.kiosk.store.append(events)
        try await harness.run(clock: clock.clock) { client async throws in
            let marie = try await client.signIn("marie")
            let home = try await marie.get(client, "/console").text
            #expect(home.contains(#"<h2 id="stuck-title">Où les personnes bloquent ici cette semaine</h2>"#))
            #expect(
                home.contains(
                    #"<li><a href="/console/steps/essai/foyer"><strong>Combien de personnes vivent chez vous ?</strong></a> <span class="where">Démarche d&#39;essai</span>"#
                ))
            #expect(home.contains("Se sont arrêtées ici : <strong>100\u{202F}%</strong>"))
            #expect(home.contains("Raisons notées : Il lui manque un papier (5), Ne comprend pas assez le français (moins de 5)"))
            #expect(!home.contains("Combien gagnez-vous par mois ?"))
            #expect(!home.contains(">foyer<"))
            // One click opens the step.
            let step = try await marie.get(client, "/console/steps/essai/foyer")
            #expect(step.status == .ok)
            #expect(step.text.contains("<h1>Combien de personnes vivent chez vous ?</h1>"))
            #expect(step.text.contains("<dt>Personnes arrivées à cette étape</dt><dd>6</dd>"))
            #expect(step.text.contains("<li>Il lui manque un papier (5)</li>"))
            #expect(step.text.contains("<li>1 personne</li>"))
            #expect(try await marie.get(client, "/console/steps/essai/nulle-part").status == .notFound)
        }
    }

    @Test func aGroupTooSmallIsNotShown() async throws {
        let harness = try Self.harness(site: "centre-a")
        var events: [GuideEvent] = []
        for index in 0..<4 {
            events += Self.stuck("a\(index)", at: "foyer", site: "centre-a", time: HandClock.start - 2 * Self.hour, reason: .language)
        }
        try await harness.kiosk.store.append(events)
        try await harness.run(clock: HandClock().clock) { client async throws in
            let marie = try await client.signIn("marie")
            let home = try await marie.get(client, "/console").text
            #expect(home.contains("<p>Pas assez de démarches cette semaine pour le dire.</p>"))
            #expect(!home.contains("/console/steps/essai/foyer"))
            let step = try await marie.get(client, "/console/steps/essai/foyer").text
            #expect(step.contains("<dt>Personnes arrivées à cette étape</dt><dd>moins de 5</dd>"))
            #expect(step.contains("<dt>Se sont arrêtées ici</dt><dd>trop peu de personnes pour le dire</dd>"))
        }
    }
}
