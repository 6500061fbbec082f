import Foundation
import ProcedureModel
import Testing

extension KioskInBrowser {
    @Suite struct Call {
        static let password = "un mot de passe assez long"

        @Test(
            "A resident touches « Je veux parler à quelqu'un »; a worker's console shows the call live and takes the session over in one click",
            arguments: ["fr", "ar"])
        func personOnCall(language: String) async throws {
            let (content, walk) = try ShippedContent.cssWalk()
            try #require(content.offers(language), "the kiosk does not offer '\(language)'")
            let procedure = try #require(content.library(language).procedure(walk.procedure))
            let stuck = try #require(walk.path.compactMap(procedure.step).first { $0.kind == .question })
            var findings: [String] = []
            try await Kiosk.run { kiosk in
                try await kiosk.server.addAccount("camille", role: "worker", password: Self.password)
                // The worker's console is open before the resident calls: the call must come to it.
                let desk = try await kiosk.anotherScreen("worker")
                do {
                    try await Self.signIn(desk)
                    #expect(try await desk.texts("#call-list p") == ["Aucune personne n'attend."])

                    try await Self.walk(kiosk, content, walk, language, until: stuck.id)
                    #expect(try await kiosk.texts("header .call") == [content.word("kiosk.callPerson", language)])
                    try await Self.screenshots(kiosk, "kiosk-question-\(language)")
                    try await kiosk.submit("header .call")
                    try await kiosk.waitForHeading(content.word("kiosk.personComing", language))
                    let code = try #require(try await kiosk.texts("p.code").first)
                    findings += try await kiosk.audit("waiting for a person (\(language))")
                    try await Self.screenshots(kiosk, "kiosk-waiting-\(language)")

                    let shown = try await eventually("the call on the console") { () async throws -> String? in
                        try await desk.texts("#call-list .call-code").first
                    }
                    #expect(shown == code)
                    findings += try await desk.audit("console with a call (\(language))")
                    try await Self.screenshots(desk, "console-call-\(language)")
                    try await desk.submit("#call-list form button")
                    #expect(try await desk.path().hasPrefix("/console/sessions/"))
                    // The console speaks French, whatever the resident's language.
                    let french = try #require(content.library("fr").procedure(walk.procedure)?.step(stuck.id))
                    #expect(try await desk.texts("#prompt") == [french.prompt.text.collapsingSpaces])
                } catch {
                    await desk.browser.quit()
                    throw error
                }
                await desk.browser.quit()

                // The kiosk's waiting screen notices by itself and frees the screen.
                try await kiosk.waitForHeading(content.word("kiosk.takenOver", language))
                let events = try await kiosk.server.events()
                #expect(events.filter { $0.kind == .mediatorCalled }.map(\.step) == [stuck.id])
                #expect(events.filter { $0.kind == .mediatorAnswered }.map(\.step) == [stuck.id])
                #expect(events.filter { $0.kind == .resumed }.map(\.step) == [stuck.id])
            }
            #expect(findings.isEmpty, "\(findings.count) problems:\n\(findings.joined(separator: "\n"))")
        }

        @Test("A second listen stops the first, the stop button shows while a voice plays, and stops it", arguments: ["fr", "ar"])
        func oneVoiceAtATime(language: String) async throws {
            let (content, walk) = try ShippedContent.cssWalk()
            let procedure = try #require(content.library(language).procedure(walk.procedure))
            let question = try #require(walk.path.compactMap(procedure.step).first { !$0.choices.isEmpty })
            try await Kiosk.run { kiosk in
                try await Self.walk(kiosk, content, walk, language, until: question.id)
                // Every voice the page makes, kept to look at.
                try await kiosk.browser.execute(
                    """
                    const Made = window.Audio;
                    window.voices = [];
                    window.Audio = function (url) { const voice = new Made(url); window.voices.push(voice); return voice; };
                    """)
                #expect(try await kiosk.script("return document.getElementById('stop-sound').hidden") == "true")
                try await kiosk.click("main button.listen")
                try await Self.waitUntilPlaying(kiosk, voice: 0)
                #expect(try await kiosk.browser.element("#stop-sound").isDisplayed())
                try await kiosk.click("main ul.choices .listen")
                try await Self.waitUntilPlaying(kiosk, voice: 1)
                #expect(try await kiosk.script("return window.voices.map(voice => voice.paused).join(' ')") == "true false")
                try await kiosk.click("#stop-sound")
                #expect(try await kiosk.script("return window.voices.map(voice => voice.paused).join(' ')") == "true true")
                #expect(try await kiosk.script("return document.getElementById('stop-sound').hidden") == "true")
            }
        }

        @Test("The hand-off code is said digit by digit in the resident's language", arguments: ["fr", "ar"])
        func codeAloud(language: String) async throws {
            let (content, walk) = try ShippedContent.cssWalk()
            let procedure = try #require(content.library(language).procedure(walk.procedure))
            let question = try #require(walk.path.compactMap(procedure.step).first { $0.kind == .question })
            try await Kiosk.run { kiosk in
                try await Self.walk(kiosk, content, walk, language, until: question.id)
                try await kiosk.submit("nav.helpers button[value='help']")
                try await kiosk.submit("main form[action='/kiosk/handoff'] button")
                try await kiosk.waitForHeading(content.word("kiosk.handOffTitle", language))
                let digits = try #require(try await kiosk.texts("p.code").first).filter(\.isNumber)
                let list = try #require(try await kiosk.browser.element("main [data-audio-list]").attribute("data-audio-list"))
                #expect(list.split(separator: " ").map(String.init) == ["/kiosk/say/\(language)/yourCode"] + digits.map { "/kiosk/say/\(language)/digit\($0)" })
                // Each word is a real sound.
                for path in Set(list.split(separator: " ")) {
                    let sound = try await LoopbackHTTP.send("GET", try #require(URL(string: kiosk.server.root + path)), timeoutSeconds: 30)
                    #expect(sound.status == 200, "\(path)")
                }
            }
        }

        /// From the language page to the step `stop` of the walk, in `language`.
        static func walk(_ kiosk: Kiosk, _ content: ShippedContent, _ walk: ScenarioWalk, _ language: String, until stop: String) async throws {
            try await kiosk.open("/kiosk")
            let tour = KioskWalk(kiosk: kiosk, walk: walk, content: content, language: language)
            try await tour.chooseLanguage()
            try await tour.chooseProcedure()
            try await tour.follow(until: stop)
        }

        static func signIn(_ desk: Kiosk) async throws {
            try await desk.open("/console")
            try await desk.waitForHeading("Se connecter")
            try await desk.browser.element("#name").type("camille")
            try await desk.browser.element("#password").type(password)
            try await desk.submit("main form[action='/console/login'] button")
            try await desk.waitForHeading("Console")
        }

        /// Waits until the `voice`-th sound the page made plays (rendering a sound takes a moment).
        static func waitUntilPlaying(_ kiosk: Kiosk, voice: Int) async throws {
            _ = try await eventually("voice \(voice) playing") { () async throws -> Bool? in
                let playing = try await kiosk.script("const v = window.voices[\(voice)]; return !!v && !v.paused && v.currentTime > 0")
                return playing == "true" ? true : nil
            }
        }

        /// With `ARIANE_SCREENSHOTS=<folder>`: the page at a kiosk's size (1080×1920) and a desk's
        /// (1366×768), for a person to look at.
        static func screenshots(_ screen: Kiosk, _ name: String) async throws {
            guard let folder = ProcessInfo.processInfo.environment["ARIANE_SCREENSHOTS"] else { return }
            for (size, width, height) in [("kiosk", 1080, 1920), ("desk", 1366, 768)] {
                _ = try await screen.browser.command("POST", "window/rect", ["width": .number(Double(width)), "height": .number(Double(height))])
                try await Task.sleep(for: .milliseconds(300))
                let png = try #require(try await screen.browser.command("GET", "screenshot").string.flatMap { Data(base64Encoded: $0) })
                try png.write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(name)-\(size).png"))
            }
            _ = try await screen.browser.command("POST", "window/rect", ["width": 1280, "height": 1024])
        }
    }
}
