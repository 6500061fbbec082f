import ArianeTestFixtures
import Foundation
import Testing

/// `audio render` and `audio status`, with the real espeak-ng, as the person setting up a kiosk runs them.
@Suite struct AudioCommandTests {
    /// The fixture procedure beside the shipped voices: 5 steps and 2 choices with audio, a help text,
    /// a document and a help point make 10 things to say.
    func kioskFolder() throws -> URL {
        let folder = try fixtureFolder()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try FileManager.default.copyItem(
            at: root.appendingPathComponent("locales/speech.json"), to: folder.appendingPathComponent("speech.json"))
        return folder
    }

    func audio(_ command: String, _ more: [String] = [], in folder: URL) throws -> ArianeProcess.Output {
        try ArianeProcess.run(["audio", command, "essai.xml", "--voices", "speech.json"] + more, in: folder)
    }

    /// The fixture's counts before anything is rendered or recorded: per locale, then per procedure and folder.
    static let nothingYet =
        "fr: recorded 0, synthesised 0, missing 10\n  essai: recorded 0, synthesised 0, missing 8\n  documents: recorded 0, synthesised 0, missing 1\n  help-points: recorded 0, synthesised 0, missing 1\n"

    @Test func aSpokenOnlyLanguageIsCountedWithoutAVoiceAndCheckedForWhatIsNotRecorded() throws {
        let folder = try kioskFolder()
        let locales = folder.appendingPathComponent("locales")
        try FileManager.default.createDirectory(at: locales, withIntermediateDirectories: true)
        try Data(#"{"languages": [{"code": "wo", "name": "Wolof"}]}"#.utf8).write(to: locales.appendingPathComponent("spoken-only.json"))
        let before = try ArianeProcess.run(["check", "essai.xml"], in: folder)
        #expect(before.standardError.contains("warning: [missing-recording] wo: none of its "))
        let recording = folder.appendingPathComponent("recordings/wo/essai/foyer.wav")
        try FileManager.default.createDirectory(at: recording.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("a speaker's voice".utf8).write(to: recording)
        let status = try audio("status", ["--lang", "wo"], in: folder)
        #expect(status.standardError == "")
        #expect(status.standardOutput.hasPrefix("wo: recorded 1, synthesised 0, missing "))
        #expect(status.standardOutput.contains("\n  essai: recorded 1, synthesised 0, missing 8\n"))
        let after = try ArianeProcess.run(["check", "essai.xml"], in: folder)
        #expect(
            after.standardError.contains(
                "warning: [missing-recording] wo: 8 of 9 prompts of essai have no recording yet: essai, essai/foyer/help, essai/foyer.1…"))
        #expect(after.status == 0)
    }

    @Test func aSecondRenderReusesEverything() throws {
        let folder = try kioskFolder()
        let first = try audio("render", in: folder)
        #expect(first.standardError == "")
        #expect(first.standardOutput == "fr: rendered 10, reused 0, recorded 0\n")
        #expect(first.status == 0)
        let second = try audio("render", in: folder)
        #expect(second.standardOutput == "fr: rendered 0, reused 10, recorded 0\n")
        let rendered = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("audio/fr").path)
        #expect(rendered.count == 10)
    }

    @Test func statusCountsRecordingsRenderingsAndWhatIsMissing() throws {
        let folder = try kioskFolder()
        let recording = folder.appendingPathComponent("recordings/fr/essai/foyer.2+.wav")
        try FileManager.default.createDirectory(at: recording.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("a person's voice".utf8).write(to: recording)
        #expect(
            try audio("status", in: folder).standardOutput
                == "fr: recorded 1, synthesised 0, missing 9\n  essai: recorded 1, synthesised 0, missing 7\n  documents: recorded 0, synthesised 0, missing 1\n  help-points: recorded 0, synthesised 0, missing 1\n"
        )
        #expect(try audio("render", in: folder).standardOutput == "fr: rendered 9, reused 0, recorded 1\n")
        #expect(
            try audio("status", in: folder).standardOutput
                == "fr: recorded 1, synthesised 9, missing 0\n  essai: recorded 1, synthesised 7, missing 0\n  documents: recorded 0, synthesised 1, missing 0\n  help-points: recorded 0, synthesised 1, missing 0\n"
        )
    }

    @Test func withoutEspeakRenderSaysSoOnceAndWritesNothing() throws {
        let folder = try kioskFolder()
        let result = try audio("render", ["--espeak", "/nonexistent/espeak-ng"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError == "espeak-ng is not installed at /nonexistent/espeak-ng: sudo apt-get install espeak-ng; the kiosk works without sound\n")
        #expect(result.standardOutput == "")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("audio").path))
    }

    @Test func withoutEspeakStatusStillCounts() throws {
        let result = try audio("status", ["--espeak", "/nonexistent/espeak-ng"], in: try kioskFolder())
        #expect(result.status == 0)
        #expect(result.standardError == "espeak-ng is not installed at /nonexistent/espeak-ng: sudo apt-get install espeak-ng; the kiosk works without sound\n")
        #expect(result.standardOutput == Self.nothingYet)
    }

    @Test func aLocaleWithoutTranslationsIsSaidAndOneWithoutAVoiceRefused() throws {
        let folder = try kioskFolder()
        let english = try audio("status", ["--lang", "fr,en"], in: folder)
        #expect(english.standardOutput == Self.nothingYet + "en: nothing translated yet\n")
        let german = try audio("render", ["--lang", "fr,de"], in: folder)
        #expect(german.status == 1)
        #expect(german.standardError == "speech.json: error: no voice for \"de\"\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("audio").path))
    }

    @Test func aBrokenVoiceConfigurationIsNamedWithItsFile() throws {
        let folder = try kioskFolder()
        try Data(#"{"voices": {"fr": {"voice": "fr", "rate": 1000, "pitch": 50}}}"#.utf8)
            .write(to: folder.appendingPathComponent("speech.json"))
        let result = try audio("render", in: folder)
        #expect(result.status == 1)
        #expect(result.standardError == "speech.json: error: locale \"fr\": rate 1000 is outside 80…450 words per minute\n")
    }

    @Test func translatedPromptsAreRenderedWithTheirLanguagesVoice() throws {
        let folder = try kioskFolder()
        #expect(try ArianeProcess.run(["extract", "--lang", "en", "essai.xml"], in: folder).status == 0)
        let english = folder.appendingPathComponent("locales/en/essai.xlf")
        var xliff = try String(contentsOf: english, encoding: .utf8)
        for (source, target) in [("Une personne.", "One person."), ("Deux ou plus.", "Two or more.")] {
            xliff = xliff.replacingOccurrences(
                of: "<source>\(source)</source>\n        <target state=\"new\"/>",
                with: "<source>\(source)</source>\n        <target state=\"translated\">\(target)</target>")
        }
        try xliff.write(to: english, atomically: true, encoding: .utf8)
        let result = try audio("render", in: folder)
        #expect(result.standardError == "")
        #expect(result.standardOutput == "fr: rendered 10, reused 0, recorded 0\nen: rendered 2, reused 0, recorded 0\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("audio/en").path).count == 2)
    }
}
