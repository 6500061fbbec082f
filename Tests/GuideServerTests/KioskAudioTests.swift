import Foundation
import GuideServer
import HummingbirdTesting
import Testing

/// The kiosk speaks every prompt and choice, rendered by espeak-ng on first use.
@Suite struct KioskAudioTests {
    @Test func stepPageLinksThePromptAndEachChoiceToTheirSound() async throws {
        try await KioskHarness(voices: true).run { client async throws in
            let cookie = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            let page = try await client.get("/kiosk/step", cookie: cookie).text
            #expect(page.contains(#"<audio id="step-audio" preload="none" src="/kiosk/audio/fr/essai/foyer"></audio>"#))
            #expect(
                page.contains(
                    #"<a class="listen small" href="/kiosk/audio/fr/essai/foyer/choice/2%2B" data-audio="/kiosk/audio/fr/essai/foyer/choice/2%2B" aria-label="Écouter : 2 personnes ou plus">\#(KioskListenTests.speaker)</a>"#
                ))
        }
    }

    @Test func promptSoundIsARealWaveFile() async throws {
        try await KioskHarness(voices: true).run { client async throws in
            let sound = try await client.get("/kiosk/audio/fr/essai/foyer/choice/2%2B")
            #expect(sound.status == .ok)
            #expect(sound.headers[.contentType] == "audio/wav")
            let bytes = Array(sound.body.readableBytesView)
            #expect(bytes.count > 10_000)
            #expect(Array(bytes.prefix(4)) == Array("RIFF".utf8))
            #expect(try await client.get("/kiosk/say/fr/stillThere").status == .ok)
        }
    }

    @Test func listeningWithoutScriptOpensTheSound() async throws {
        let harness = try KioskHarness(voices: true)
        try await harness.run { client async throws in
            let cookie = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            let listened = try await client.post("/kiosk/step", ["action": "listen"], cookie: cookie)
            #expect(listened.location == "/kiosk/audio/fr/essai/foyer")
        }
        #expect(try await harness.events().last?.kind == .audioPlayed)
    }

    @Test func unknownPromptsHaveNoSound() async throws {
        try await KioskHarness(voices: true).run { client async throws in
            #expect(try await client.get("/kiosk/audio/fr/essai/nowhere").status == .notFound)
            #expect(try await client.get("/kiosk/audio/xx/essai/foyer").status == .notFound)
            #expect(try await client.get("/kiosk/audio/fr/essai/foyer/choice/9").status == .notFound)
            let traversal = try await client.get("/kiosk/say/fr/..%2F..%2Fetc")
            #expect(traversal.status == .badRequest)
        }
    }

    @Test func withoutVoiceSettingsTheKioskStaysSilentButWorks() async throws {
        try await KioskHarness().run { client async throws in
            let cookie = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            let page = try await client.get("/kiosk/step", cookie: cookie).text
            #expect(!page.contains("/kiosk/audio/"))
            #expect(try await client.get("/kiosk/audio/fr/essai/foyer").status == .notFound)
        }
    }
}
