import Foundation
import GuideServer
import HummingbirdTesting
import ProcedureModel
import Testing

/// The kiosk's pages and form posts, as a browser without JavaScript uses them.
@Suite struct KioskRouteTests {
    @Test func healthAnswers() async throws {
        try await KioskHarness().run { client async throws in
            let response = try await client.get("/health")
            #expect(response.status == .ok)
        }
    }

    @Test func languagePickerNamesEachLanguageInItsOwnScript() async throws {
        try await KioskHarness().run { client async throws in
            let response = try await client.get("/kiosk")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(response.headers[.cacheControl] == "no-store")
            #expect(response.text.contains(#"<html lang="fr" dir="ltr">"#))
            #expect(response.text.contains(#"<li lang="fr" dir="ltr">"#))
            #expect(response.text.contains(#"<a class="choice" href="/kiosk/fr">Français</a>"#))
        }
    }

    @Test func procedurePickerListsTheProcedures() async throws {
        try await KioskHarness().run { client async throws in
            let response = try await client.get("/kiosk/fr")
            #expect(response.status == .ok)
            #expect(response.text.contains(#"<input type="hidden" name="procedure" value="essai">"#))
            #expect(response.text.contains(#"<span class="title">Démarche d&#39;essai</span>"#))
        }
    }

    @Test func unknownLanguageOrProcedureIsNotFound() async throws {
        try await KioskHarness().run { client async throws in
            #expect(try await client.get("/kiosk/xx").status == .notFound)
            #expect(try await client.post("/kiosk/fr/start", ["procedure": "nope"]).status == .notFound)
        }
    }

    @Test func startingSetsAPrivateCookieAndShowsTheFirstStep() async throws {
        try await KioskHarness().run { client async throws in
            let started = try await client.post("/kiosk/fr/start", ["procedure": "essai"])
            #expect(started.status == .seeOther)
            #expect(started.location == "/kiosk/step")
            let setCookie = try #require(started.headers[.setCookie])
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Strict"))
            #expect(setCookie.contains("Path=/kiosk"))
            let page = try await client.get("/kiosk/step", cookie: started.cookie)
            #expect(page.status == .ok)
            #expect(page.text.contains(#"<h1 class="prompt" id="prompt">Combien de personnes vivent chez vous ?</h1>"#))
            #expect(page.text.contains(#"<button class="choice" name="value" value="2+">2 personnes ou plus</button>"#))
        }
    }

    @Test func aWholeProcedureFromStartToOutcome() async throws {
        let harness = try KioskHarness()
        try await harness.run { client async throws in
            let cookie = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            #expect(try await client.post("/kiosk/step", ["action": "answer", "value": "1"], cookie: cookie).location == "/kiosk/step")
            // A wrong answer is refused with a message, once, and changes nothing.
            _ = try await client.post("/kiosk/step", ["action": "answer", "value": "beaucoup"], cookie: cookie)
            let refused = try await client.get("/kiosk/step", cookie: cookie)
            #expect(refused.text.contains(#"<p class="notice" role="alert">Écrivez un nombre avec les chiffres du clavier.</p>"#))
            #expect(refused.text.contains("Combien gagnez-vous par mois ?"))
            #expect(!(try await client.get("/kiosk/step", cookie: cookie)).text.contains("notice"))
            _ = try await client.post("/kiosk/step", ["action": "answer", "value": "700"], cookie: cookie)
            let checklist = try await client.get("/kiosk/step", cookie: cookie)
            #expect(checklist.text.contains("<ul class=\"documents\" role=\"list\"><li>Une pièce d&#39;identité</li></ul>"))
            _ = try await client.post("/kiosk/step", ["action": "continue"], cookie: cookie)
            let outcome = try await client.get("/kiosk/step", cookie: cookie)
            #expect(outcome.text.contains(#"<h1 class="prompt result eligible">Vous pouvez faire cette demande.</h1>"#))
            // The fixture's only help point is an example a town has to fill in: never shown as real.
            #expect(!outcome.text.contains("Accueil de la mairie"))
            let finished = try await client.post("/kiosk/step", ["action": "finish"], cookie: cookie)
            #expect(finished.location == "/kiosk/ended?lang=fr")
            #expect(finished.headers[.setCookie]?.contains("Max-Age=0") == true)
            // Nothing of the session is left to show.
            #expect(try await client.get("/kiosk/step", cookie: cookie).location == "/kiosk")
        }
        let events = try await harness.events()
        #expect(
            events.map(\.kind) == [
                .sessionStarted, .stepEntered, .answered, .stepEntered, .inputRejected, .answered, .stepEntered,
                .stepEntered, .completed,
            ])
        #expect(events.allSatisfy { $0.channel == .kiosk && $0.locale == "fr" })
        #expect(events.filter { $0.kind == .answered }.map(\.value) == ["1", nil])
    }

    @Test func helpAndHandOffCode() async throws {
        let harness = try KioskHarness()
        try await harness.run { client async throws in
            let cookie = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            #expect(try await client.post("/kiosk/step", ["action": "help"], cookie: cookie).location == "/kiosk/help")
            let help = try await client.get("/kiosk/help", cookie: cookie)
            // The question is repeated above its explanation: the resident need not remember it.
            #expect(help.text.contains(#"<blockquote class="question-asked"><p>Combien de personnes vivent chez vous ?</p></blockquote>"#))
            #expect(help.text.contains(#"<p class="explanation">Comptez-vous aussi.</p>"#))
            #expect(!help.text.contains("Accueil de la mairie"))
            #expect(try await client.post("/kiosk/handoff", [:], cookie: cookie).location == "/kiosk/handoff")
            let code = try await client.get("/kiosk/handoff", cookie: cookie)
            let digits = code.text.firstMatch(of: /<p class="code" aria-label="(\d{3} \d{3} \d{3})">/)
            #expect(digits != nil)
        }
        #expect(try await harness.events().map(\.kind).suffix(2) == [.helpAsked, .handedOff])
    }

    @Test func restartAbandonsAndForgets() async throws {
        let harness = try KioskHarness()
        try await harness.run { client async throws in
            let cookie = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            let restarted = try await client.post("/kiosk/restart", [:], cookie: cookie)
            #expect(restarted.location == "/kiosk")
            #expect(try await client.get("/kiosk/step", cookie: cookie).location == "/kiosk")
        }
        #expect(try await harness.events().last?.kind == .abandoned)
    }

    @Test func aKioskCannotReadAnotherSession() async throws {
        try await KioskHarness().run { client async throws in
            _ = try await client.post("/kiosk/fr/start", ["procedure": "essai"])
            let guessed = try await client.get("/kiosk/step", cookie: "ariane-kiosk=0123456789abcdef")
            #expect(guessed.status == .seeOther)
            #expect(guessed.location == "/kiosk")
        }
    }

    @Test func unknownActionIsABadRequest() async throws {
        try await KioskHarness().run { client async throws in
            let cookie = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            let response = try await client.post("/kiosk/step", ["action": "jump"], cookie: cookie)
            #expect(response.status == .badRequest)
        }
    }
}
