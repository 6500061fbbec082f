import Foundation
import GuideServer
import HummingbirdTesting
import ProcedureModel
import Testing

/// At a worker's desk the resident's own language stands beside the French, with its sound, and the
/// take-home sheet prints in that language.
@Suite struct ConsoleResidentLanguageTests {
    static func startInArabic(_ desk: Desk, _ client: any TestClientProtocol) async throws -> String {
        let started = try await desk.post(client, "/console/start", ["procedure": "essai", "lang": "ar"])
        return try #require(started.location)
    }

    @Test func theArabicStepAndItsSoundStandBesideTheFrench() async throws {
        let harness = try ConsoleHarness(voices: true)
        try harness.kiosk.offerArabic(KioskListenTests.arabic)
        try await harness.run { client async throws in
            let marie = try await client.signIn("marie")
            let session = try await Self.startInArabic(marie, client)
            let page = try await marie.get(client, session).text
            #expect(page.contains(#"<p class="prompt" id="prompt">Combien de personnes vivent chez vous ?</p>"#))
            #expect(page.contains(#"<h2 id="resident-title">Pour la personne, en arabe (<span lang="ar" dir="rtl">العربية</span>)</h2>"#))
            #expect(page.contains(#"<p class="prompt" lang="ar" dir="rtl">كم شخصًا يعيش في بيتك؟</p>"#))
            let question = #"<audio controls preload="none" src="/kiosk/audio/ar/essai/foyer" aria-label="Écouter la question en arabe"></audio>"#
            #expect(page.contains(question))
            #expect(
                page.contains(
                    #"<li><span lang="ar" dir="rtl">شخصان أو أكثر</span> <audio controls preload="none" src="/kiosk/audio/ar/essai/foyer/choice/2%2B""#))
            // The sound plays: the kiosk's own route, in Arabic.
            let sound = try await client.get("/kiosk/audio/ar/essai/foyer")
            #expect(sound.status == .ok)
            #expect(sound.headers[.contentType]?.hasPrefix("audio/") == true)
            // And at the outcome, the result in Arabic beside the French.
            _ = try await marie.post(client, session + "/step", ["action": "answer", "value": "2+"])
            let outcome = try await marie.get(client, session).text
            #expect(outcome.contains(#"<p class="result" lang="ar" dir="rtl">"#))
            #expect(outcome.contains(#"src="/kiosk/audio/ar/essai/refus""#))
        }
    }

    @Test func aFrenchResidentGetsTheSoundOnly() async throws {
        try await ConsoleHarness(voices: true).run { client async throws in
            let marie = try await client.signIn("marie")
            let session = try await ConsoleAssistedSessionTests.start(marie, client)
            let page = try await marie.get(client, session).text
            #expect(page.contains(#"<h2 id="resident-title">Pour la personne, à écouter</h2>"#))
            #expect(page.contains(#"src="/kiosk/audio/fr/essai/foyer""#))
            #expect(!page.contains(#"lang="fr" dir="ltr">Combien"#))
        }
    }

    @Test func theTakeHomeSheetPrintsFromTheConsoleInTheResidentsLanguage() async throws {
        let harness = try ConsoleHarness()
        try harness.kiosk.offerArabic(KioskListenTests.arabic)
        try await harness.run { client async throws in
            let marie = try await client.signIn("marie")
            let session = try await Self.startInArabic(marie, client)
            #expect(try await marie.get(client, session).text.contains(#"<a href="\#(session)/sheet" target="_blank" rel="noopener">"#))
            _ = try await marie.post(client, session + "/step", ["action": "answer", "value": "1"])
            let sheet = try await marie.get(client, session + "/sheet")
            #expect(sheet.status == .ok)
            #expect(sheet.text.contains(#"<html lang="ar" dir="rtl""#))
            #expect(sheet.text.contains(#"<article class="sheet">"#))
            #expect(sheet.text.contains(#"<link rel="stylesheet" href="/static/sheet.css">"#))
            // No kiosk buttons on the console's copy.
            #expect(!sheet.text.contains("data-print"))
            let paul = try await client.signIn("paul")
            #expect(try await paul.get(client, session + "/sheet").status == .notFound)
        }
    }
}
