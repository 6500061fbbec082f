import EventLog
import Foundation
import GuideEngine
import HummingbirdTesting
import ProcedureModel
import Testing

@testable import GuideServer

/// A worker takes over a kiosk session with the code the resident reads aloud.
@Suite struct ConsoleTakeOverTests {
    /// Starts a kiosk session, answers the first question, asks for a mediator: the kiosk's cookie and code.
    static func kioskAsksForHelp(_ client: any TestClientProtocol) async throws -> (cookie: String, code: String) {
        let cookie = try #require(try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie)
        _ = try await client.post("/kiosk/step", ["action": "answer", "value": "1"], cookie: cookie)
        _ = try await client.post("/kiosk/handoff", [:], cookie: cookie)
        let page = try await client.get("/kiosk/handoff", cookie: cookie)
        let code = try #require(page.text.firstMatch(of: /<p class="code" aria-label="(\d{3} \d{3} \d{3})">/))
        return (cookie, String(code.1))
    }

    @Test func takingOverMovesTheSessionToTheWorkersDesk() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let kiosk = try await Self.kioskAsksForHelp(client)
            let marie = try await client.signIn("marie")
            let taken = try await marie.post(client, "/console/takeover", ["code": kiosk.code])
            #expect(taken.status == .seeOther)
            let session = try #require(taken.location)
            let page = try await marie.get(client, session)
            #expect(page.text.contains("<p class=\"context\">Commencée sur une borne, reprise à votre poste · Français · <strong>En cours</strong></p>"))
            #expect(page.text.contains(#"<span class="answer">1 personne</span>"#))
            #expect(page.text.contains(#"<p class="prompt" id="prompt">Combien gagnez-vous par mois ?</p>"#))
            // The hand-off screen's carry watch sees the session gone but keeps the cookie (its page opens
            // /kiosk/step, as the takeover watch does): dropped here, the kiosk could not say who has it.
            for _ in 1...2 {
                let status = try await client.get("/kiosk/carry-status", cookie: kiosk.cookie)
                #expect(status.status == .gone)
                #expect(status.headers[.setCookie] == nil)
            }
            // The kiosk says a mediator took over, once, and forgets its cookie.
            let kioskPage = try await client.get("/kiosk/step", cookie: kiosk.cookie)
            #expect(kioskPage.status == .ok)
            #expect(kioskPage.text.contains(#"<h1 class="prompt">Une personne a repris votre démarche avec vous. Cet écran est libre.</h1>"#))
            #expect(kioskPage.headers[.setCookie]?.contains("Max-Age=0") == true)
            #expect(try await client.get("/kiosk/step", cookie: kiosk.cookie).location == "/kiosk")
            #expect(try await client.get("/kiosk/carry-status", cookie: kiosk.cookie).headers[.setCookie]?.contains("Max-Age=0") == true)
            #expect(try await client.post("/kiosk/step", ["action": "answer", "value": "700"], cookie: kiosk.cookie).location == "/kiosk")
            // The code worked once.
            #expect(try await client.signIn("paul").post(client, "/console/takeover", ["code": kiosk.code]).status == .notFound)
            // The worker goes on from where the resident stopped.
            _ = try await marie.post(client, session + "/step", ["action": "answer", "value": "700"])
            #expect(try await marie.get(client, session).text.contains(#"<p class="prompt" id="prompt">Préparez ce papier.</p>"#))
        }
        let events = try await harness.events()
        #expect(
            events.map(\.kind) == [
                .sessionStarted, .stepEntered, .answered, .stepEntered, .handedOff, .resumed, .stepEntered, .answered, .stepEntered,
            ])
        #expect(Set(events.map(\.session)).count == 1)
    }

    @Test func aCodeTypedWithSpacesOrDashesWorks() async throws {
        try await ConsoleHarness().run { client async throws in
            let kiosk = try await Self.kioskAsksForHelp(client)
            let marie = try await client.signIn("marie")
            let dashed = kiosk.code.replacingOccurrences(of: " ", with: "-")
            #expect(try await marie.post(client, "/console/takeover", ["code": dashed]).status == .seeOther)
        }
    }

    @Test func aWrongOrMalformedCodeIsRefusedClearly() async throws {
        try await ConsoleHarness().run { client async throws in
            _ = try await Self.kioskAsksForHelp(client)
            let marie = try await client.signIn("marie")
            let wrong = try await marie.post(client, "/console/takeover", ["code": "000 000 000"])
            #expect(wrong.status == .notFound)
            #expect(
                wrong.text.contains("Aucune session de borne n&#39;a ce code, ou il a expiré (il marche 2 heures). Vérifiez les chiffres avec la personne."))
            #expect(wrong.text.contains(#"value="000 000 000""#))
            let short = try await marie.post(client, "/console/takeover", ["code": "12345"])
            #expect(short.status == .badRequest)
            #expect(short.text.contains("Le code a 9 chiffres, par exemple 482 917 305."))
        }
    }

    @Test func fiveWrongCodesDelayThatAccountAndNotItsColleagues() async throws {
        try await ConsoleHarness().run { client async throws in
            let kiosk = try await Self.kioskAsksForHelp(client)
            let marie = try await client.signIn("marie")
            for guess in 0..<5 {
                #expect(try await marie.post(client, "/console/takeover", ["code": "00000000\(guess)"]).status == .notFound)
            }
            let blocked = try await marie.post(client, "/console/takeover", ["code": kiosk.code])
            #expect(blocked.status == .tooManyRequests)
            // 30 s from the fifth mistype, counted down by the time this request arrives (a loaded machine is slow).
            #expect(
                blocked.text.firstMatch(
                    of: /Trop d&#39;essais manqués de code de borne. Pour votre sécurité, attendez ([1-9]|[12][0-9]|30) secondes avant de réessayer./)
                    != nil)
            // The kiosk session was not touched.
            #expect(try await client.get("/kiosk/handoff", cookie: kiosk.cookie).status == .ok)
            // A colleague at the same office (the same address) takes it over: marie's mistypes are hers.
            let paul = try await client.signIn("paul")
            #expect(try await paul.post(client, "/console/takeover", ["code": kiosk.code]).status == .seeOther)
        }
    }

    @Test func aCodeStopsWorkingAfterTwoHours() async throws {
        let runner = SessionRunner(store: MemoryEventStore(), metrics: ServerMetrics())
        let procedure = Procedure(
            id: "p", version: "1", language: "fr", title: "Essai", start: Reference(id: "a"),
            steps: [Step(id: "a", kind: .information, prompt: Prompt(text: "Bonjour"))])
        let session = Session(procedure: procedure, context: SessionContext(sessionID: "s", channel: .kiosk, locale: "fr"), conditions: NoConditions())
        let (kioskToken, _) = try await runner.start(session, at: .kiosk, time: 0)
        let code = try #require(try await runner.handOff(kioskToken, time: 1_000)).code
        #expect(try await runner.takeOver(code: code.digits, byWorker: 7, time: 1_000 + HandOffCode.lifetime) == nil)
        #expect(await runner.session(kioskToken) != nil)
        let deskToken = try #require(try await runner.takeOver(code: code.digits, byWorker: 7, time: 1_000 + HandOffCode.lifetime - 1))
        #expect(await runner.session(kioskToken) == nil)
        #expect(await runner.session(deskToken)?.place == .desk(owner: 7))
        #expect(await runner.takenOver(kioskToken) == "fr")
        #expect(await runner.takenOver(kioskToken) == nil)
    }
}

/// Conditions for a procedure that has none.
private struct NoConditions: ConditionEvaluator {
    func isSatisfied(_ condition: Condition, answers: Answers) throws -> Bool { false }
}

/// A resident reading English at the kiosk, a worker reading French at the desk, the English beside it.
@Suite struct ConsoleTranslatedTakeOverTests {
    @Test func theWorkerReadsFrenchWhateverTheResidentReads() async throws {
        let harness = try ConsoleHarness()
        let english = harness.kiosk.folder.appendingPathComponent("locales/en")
        try FileManager.default.createDirectory(at: english, withIntermediateDirectories: true)
        try XLIFF.file(original: "interface", language: "en", [("kiosk.restart", "Recommencer", "Start again")])
            .write(to: english.appendingPathComponent("interface.xlf"), atomically: true, encoding: .utf8)
        try XLIFF.file(
            original: "procedures/essai.xml", language: "en",
            [
                ("step.foyer.text", "Combien de personnes vivent chez vous ?", "How many people live in your home?"),
                ("step.revenus.text", "Combien gagnez-vous par mois ?", "How much do you earn a month?"),
            ]
        ).write(to: english.appendingPathComponent("essai.xlf"), atomically: true, encoding: .utf8)
        try await harness.run { client async throws in
            let cookie = try #require(try await client.post("/kiosk/en/start", ["procedure": "essai"]).cookie)
            #expect(try await client.get("/kiosk/step", cookie: cookie).text.contains("How many people live in your home?"))
            _ = try await client.post("/kiosk/step", ["action": "answer", "value": "1"], cookie: cookie)
            _ = try await client.post("/kiosk/handoff", [:], cookie: cookie)
            let code = try #require(try await client.get("/kiosk/handoff", cookie: cookie).text.firstMatch(of: /aria-label="(\d{3} \d{3} \d{3})"/))
            let marie = try await client.signIn("marie")
            let session = try #require(try await marie.post(client, "/console/takeover", ["code": String(code.1)]).location)
            let page = try await marie.get(client, session).text
            #expect(page.contains("<p class=\"context\">Commencée sur une borne, reprise à votre poste · English · <strong>En cours</strong></p>"))
            #expect(page.contains(#"<p class="prompt" id="prompt">Combien gagnez-vous par mois ?</p>"#))
            #expect(page.contains(#"<li><span class="question">Combien de personnes vivent chez vous ?</span> <span class="answer">1 personne</span></li>"#))
            // The resident's English stands apart, marked as English, beside the French.
            #expect(page.components(separatedBy: "How much").count == 2)
            #expect(page.contains(#"<p class="prompt" lang="en" dir="ltr">How much"#))
            let kioskPage = try await client.get("/kiosk/step", cookie: cookie)
            #expect(kioskPage.text.contains(#"<html lang="en" dir="ltr">"#))
        }
    }
}
