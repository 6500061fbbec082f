import Foundation
import ProcedureModel
import Testing

extension KioskInBrowser {
    @Suite struct Recording {
        @Test("A volunteer records a prompt with Chromium's fake microphone, hears it, sends it with consent; an admin approves it; the kiosk plays it")
        func recordApproveAndPlay() async throws {
            let (content, walk) = try ShippedContent.cssWalk()
            let procedure = try #require(content.french.procedure(walk.procedure))
            let first = try #require(walk.path.first.flatMap(procedure.step))
            let folder = try SpeechFixture.folder()
            // The microphone hears espeak-ng reading the prompt: a voice made in the test, never shipped.
            let voice = try SpeechFixture.espeak(first.prompt.text, to: folder.appendingPathComponent("microphone.wav"))
            let recordings = folder.appendingPathComponent("recordings")
            try await Kiosk.run(
                serverArguments: ["--recordings", recordings.path],
                browserArguments: [
                    "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", "--use-file-for-fake-audio-capture=\(voice.path)",
                ]
            ) { desk in
                try await desk.server.addAccount("awa", role: "worker", password: "un mot de passe assez long")
                try await desk.server.addAccount("root", role: "admin", password: "un autre mot de passe long")
                try await desk.signIn("awa", "un mot de passe assez long")
                try await desk.open("/console/recordings?lang=fr&group=css")
                try await desk.waitForHeading("Enregistrer des messages")
                try await desk.submit("a[href='/console/recordings/record?item=css%2F\(first.id)&lang=fr']")
                try await desk.waitForHeading("Enregistrer un message")
                #expect(try await desk.texts("blockquote.prompt-text") == [first.prompt.audio?.spokenText.collapsingSpaces ?? ""])

                try await desk.click("#record-start")
                _ = try await eventually("the recording to start") {
                    try await desk.texts("#record-status").first?.hasPrefix("Enregistrement en cours") == true ? true : nil
                }
                try await Task.sleep(for: .seconds(3))
                try await desk.click("#record-stop")
                let seconds = try await eventually("the recording to be heard back") { () async throws -> Double? in
                    let duration = try await desk.script(
                        "const a = document.getElementById('record-playback'); return a.hidden ? '' : String(a.duration);")
                    return Double(duration).flatMap { $0.isFinite && $0 > 0 ? $0 : nil }
                }
                #expect(seconds > 2 && seconds < 6, "heard \(seconds) s")
                #expect(try await desk.script("return document.getElementById('record-send').disabled") == "true")
                try await desk.click("#record-consent")
                #expect(try await desk.script("return document.getElementById('record-send').disabled") == "false")
                try await desk.screenshots("console-record", sizes: [(1366, 768)])
                var findings = try await desk.audit("recorder")
                try await desk.click("#record-send")
                _ = try await eventually("the list again, thanking") {
                    try await desk.texts("p.notice").first?.hasPrefix("Merci") == true ? true : nil
                }
                #expect(try await desk.texts("table.prompts td").contains("En attente de validation"))
                try await desk.screenshots("console-recordings", sizes: [(1366, 768)])
                findings += try await desk.audit("list of prompts")

                let admin = try await desk.anotherScreen("admin")
                do {
                    try await admin.signIn("root", "un autre mot de passe long")
                    try await admin.open("/console/recordings/review")
                    try await admin.waitForHeading("Valider les enregistrements")
                    #expect(try await admin.texts("ul.recordings blockquote") == [first.prompt.audio?.spokenText.collapsingSpaces ?? ""])
                    try await admin.screenshots("console-record-review", sizes: [(1366, 768)])
                    findings += try await admin.audit("review")
                    try await admin.submit("ul.recordings form[action$='/approve'] button")
                    try await admin.waitForHeading("Valider les enregistrements")
                    #expect(try await admin.texts("p.notice").first?.hasPrefix("L'enregistrement est validé") == true)
                } catch {
                    await admin.browser.quit()
                    throw error
                }
                await admin.browser.quit()

                #expect(findings.isEmpty, "\(findings.joined(separator: "\n"))")
                let approved = recordings.appendingPathComponent("fr/css/\(first.id).wav")
                #expect(FileManager.default.fileExists(atPath: approved.path))
                // The kiosk plays the approved recording when the resident touches "Écouter".
                try await desk.open("/kiosk")
                let tour = KioskWalk(kiosk: desk, walk: walk, content: content, language: "fr")
                try await tour.chooseLanguage()
                try await tour.chooseProcedure()
                try await desk.waitForHeading(first.prompt.text)
                let url = "/kiosk/audio/fr/css/\(first.id)"
                try await desk.listenForPlayedSounds()
                try await desk.click("main button.listen[data-audio='\(url)']")
                _ = try await eventually("the recording to play") { try await desk.playedSounds().contains(url) ? true : nil }
                let served = try await desk.script(
                    "return fetch('\(url)').then(r => r.arrayBuffer()).then(b => String(b.byteLength));")
                #expect(Int(served) == (try Data(contentsOf: approved)).count)
            }
        }

        @Test("A spoken-only language is walked at the kiosk: French text and pictograms, its recordings played, missing ones said to be so")
        func spokenOnlyWalk() async throws {
            let (content, walk) = try ShippedContent.cssWalk()
            let procedure = try #require(content.french.procedure(walk.procedure))
            let first = try #require(walk.path.first.flatMap(procedure.step))
            let folder = try SpeechFixture.folder()
            let recordings = folder.appendingPathComponent("recordings")
            // Stand-ins for a Wolof speaker, made here: the language's name and the first question.
            for name in ["interface/languageName", "css", "css/\(first.id)"] {
                try SpeechFixture.tone(to: recordings.appendingPathComponent("wo/\(name).wav"))
            }
            let wolof = try #require(try SpokenOnlyDeclaration.name("wo"))
            try await Kiosk.run(serverArguments: ["--recordings", recordings.path], width: 1080, height: 1920) { kiosk in
                try await kiosk.open("/kiosk")
                try await kiosk.waitForHeading("Choisissez votre langue")
                #expect(try await kiosk.texts("a[href='/kiosk/wo']").first?.contains(wolof) == true)
                try await kiosk.screenshots("kiosk-wo-languages", sizes: [(1080, 1920)])
                let tour = KioskWalk(kiosk: kiosk, walk: walk, content: content, language: "wo")
                try await tour.chooseLanguage()
                // The procedures in French, each with its theme's pictogram.
                #expect(try await kiosk.browser.elements("main svg, main img").count > 0)
                try await kiosk.screenshots("kiosk-wo-procedures", sizes: [(1080, 1920)])
                try await tour.chooseProcedure()
                try await kiosk.waitForHeading(first.prompt.text)
                #expect(try await kiosk.script("return document.documentElement.lang") == "fr")
                let recorded = "/kiosk/audio/wo/css/\(first.id)"
                try await kiosk.listenForPlayedSounds()
                try await kiosk.click("main button.listen[data-audio='\(recorded)']")
                _ = try await eventually("the Wolof recording to play") { try await kiosk.playedSounds().contains(recorded) ? true : nil }
                try await kiosk.screenshots("kiosk-wo-step", sizes: [(1080, 1920)])
                // Nobody recorded "Vous êtes toujours là ?" in Wolof: the kiosk says so, and never caches that.
                let unrecorded = try await kiosk.script(
                    "return fetch('/kiosk/say/wo/stillThere').then(r => r.status + ' ' + r.headers.get('cache-control'));")
                #expect(unrecorded == "200 no-store")
                try await tour.follow()
                #expect(try await kiosk.script("return document.documentElement.lang") == "fr")
                try await kiosk.screenshots("kiosk-wo-outcome", sizes: [(1080, 1920)])
            }
        }
    }
}
