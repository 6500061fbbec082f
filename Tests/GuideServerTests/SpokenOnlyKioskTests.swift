import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GuideServer

/// A language spoken and not written: French on screen, its speakers' recordings in the ear, and a
/// prompt nobody recorded yet said to be so.
@Suite struct SpokenOnlyKioskTests {
    /// The fixture kiosk with Wolof declared, one step recorded in it (a tone made here, standing in
    /// for a speaker), and the shipped French voice for what is said in French.
    func wolofKiosk() throws -> KioskHarness {
        let harness = try KioskHarness(voices: true)
        try Data(#"{"languages": [{"code": "wo", "name": "Wolof"}]}"#.utf8)
            .write(to: harness.folder.appendingPathComponent("locales/spoken-only.json"))
        try record("wo/essai/foyer.wav", in: harness, seconds: 1)
        return harness
    }

    func record(_ path: String, in harness: KioskHarness, seconds: Double) throws {
        let file = URL(fileURLWithPath: harness.settings.recordingsDirectory).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try recordedTone(seconds: seconds).write(to: file)
    }

    @Test func itsKioskShowsTheFrenchTextAndPlaysItsRecordings() async throws {
        let harness = try wolofKiosk()
        try await harness.run { client in
            #expect(try await client.get("/kiosk").text.contains("Wolof"))
            let started = try await client.post("/kiosk/wo/start", ["procedure": "essai"])
            let cookie = try #require(started.cookie)
            let step = try await client.get("/kiosk/step", cookie: cookie)
            #expect(step.text.contains("<html lang=\"fr\""))
            #expect(step.text.contains("Combien de personnes"))
            #expect(step.text.contains("/kiosk/audio/wo/essai/foyer"))
            let played = try await client.get("/kiosk/audio/wo/essai/foyer")
            #expect(played.status == .ok)
            #expect(Data(played.body.readableBytesView) == recordedTone(seconds: 1))
        }
    }

    @Test func aPromptNobodyRecordedIsSaidToBeMissingInTheLanguageOnceThatIsRecorded() async throws {
        let harness = try wolofKiosk()
        try await harness.run { client in
            // Nothing recorded yet for this choice: the French sentence, synthesised, and never cached.
            let french = try await client.get("/kiosk/audio/wo/essai/foyer/choice/1")
            #expect(french.status == .ok)
            #expect(french.headers[.cacheControl] == "no-store")
            #expect(french.body.readableBytes > 44)
        }
        try record("wo/interface/notRecorded.wav", in: harness, seconds: 0.5)
        try await harness.run { client in
            let said = try await client.get("/kiosk/audio/wo/essai/foyer/choice/1")
            #expect(Data(said.body.readableBytesView) == recordedTone(seconds: 0.5))
            let word = try await client.get("/kiosk/say/wo/stillThere")
            #expect(Data(word.body.readableBytesView) == recordedTone(seconds: 0.5))
        }
    }

    @Test func aDeclaredLanguageWithoutAnyRecordingIsNotOfferedButCanBeRecorded() async throws {
        var harness = try ConsoleHarness()
        let locales = URL(fileURLWithPath: harness.settings.localesDirectory)
        try FileManager.default.createDirectory(at: locales, withIntermediateDirectories: true)
        try Data(#"{"languages": [{"code": "snk", "name": "Sooninkanxanne"}]}"#.utf8).write(to: locales.appendingPathComponent("spoken-only.json"))
        harness.settings.localesDirectory = locales.path
        try await harness.run { client in
            #expect(!(try await client.get("/kiosk").text.contains("Sooninkanxanne")))
            let marie = try await client.signIn("marie")
            let list = try await marie.get(client, "/console/recordings?lang=snk&group=essai")
            #expect(list.text.contains("Sooninkanxanne (parlée seulement)"))
            let page = try await marie.get(client, "/console/recordings/record?lang=snk&item=essai/foyer")
            #expect(page.text.contains("<blockquote class=\"prompt-text\" lang=\"fr\">"))
            #expect(try await marie.submitRecording(client, lang: "snk", item: "interface/notRecorded", audio: recordedTone(seconds: 1)).status == .created)
        }
    }
}
