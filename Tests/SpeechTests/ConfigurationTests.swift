import Foundation
import Speech
import Testing

@Suite struct ConfigurationTests {
    @Test func theShippedFileGivesEachLocaleItsVoice() throws {
        let configuration = try shippedConfiguration()
        #expect(
            configuration.voices == [
                "fr": VoiceSettings(
                    voice: "fr", rate: 150, pitch: 50, wordGap: 4, preferred: [VoiceSettings(voice: "mb-fr4", rate: 150, pitch: 50, wordGap: 4)]),
                "en": VoiceSettings(voice: "en", rate: 160, pitch: 50),
                "ar": VoiceSettings(voice: "ar", rate: 150, pitch: 50, preferred: [VoiceSettings(voice: "mb-ar2", rate: 100, pitch: 50, wordGap: 2)]),
                "tr": VoiceSettings(voice: "tr", rate: 150, pitch: 50),
                "pt": VoiceSettings(voice: "pt", rate: 150, pitch: 50),
                "ro": VoiceSettings(voice: "ro", rate: 150, pitch: 50),
                // Dari: espeak-ng has no Dari voice; its Persian voice reads the same script.
                "fa-AF": VoiceSettings(voice: "fa", rate: 150, pitch: 50),
            ])
        #expect(configuration.voice(for: "fr-BE")?.voice == "fr")
        #expect(configuration.voice(for: "de") == nil)
    }

    @Test(arguments: [
        (
            #"{"voices": {"fr": {"voice": "fr", "rate": 130, "pich": 50}}}"#,
            #"speech.json: error: locale "fr": unknown key "pich"; expected "voice", "rate", "pitch", "wordGap", "preferred""#
        ),
        (
            #"{"voices": {"fr": {"voice": "fr", "rate": 30, "pitch": 50}}}"#,
            #"speech.json: error: locale "fr": rate 30 is outside 80…450 words per minute"#
        ),
        (
            #"{"voices": {"fr": {"voice": "fr", "rate": 130}}}"#,
            #"speech.json: error: locale "fr": missing "pitch""#
        ),
        (
            #"{"voices": {"fr": {"voice": "fr", "rate": "slow", "pitch": 50}}}"#,
            #"speech.json: error: locale "fr": "rate" must be a whole number of words per minute"#
        ),
        (
            #"{"voices": {"fr": {"voice": "fr", "rate": 130.5, "pitch": 50}}}"#,
            #"speech.json: error: locale "fr": "rate" must be a whole number of words per minute"#
        ),
        (
            #"{"voices": {"fr": {"voice": "fr", "rate": 175, "pitch": 50, "wordGap": 60}}}"#,
            #"speech.json: error: locale "fr": wordGap 60 is outside 0…50 (tens of milliseconds)"#
        ),
        (
            #"{"voices": {"fr": {"voice": "fr", "rate": 175, "pitch": 50, "wordGap": 0.5}}}"#,
            #"speech.json: error: locale "fr": "wordGap" must be a whole number of tens of milliseconds"#
        ),
        (
            #"{"voices": {"ar": {"voice": "", "rate": 150, "pitch": 50}}}"#,
            #"speech.json: error: locale "ar": voice "" is not an espeak-ng voice name"#
        ),
        (
            #"{"voices": {"fr": {"voice": "fr", "rate": 150, "pitch": 50, "preferred": [{"voice": "mb-fr4", "rate": 500, "pitch": 50}]}}}"#,
            #"speech.json: error: locale "fr": preferred voice 1: rate 500 is outside 80…450 words per minute"#
        ),
        (
            #"{"voices": {"fr": {"voice": "fr", "rate": 150, "pitch": 50, "preferred": [{"voice": "mb-fr4", "rate": 150, "pitch": 50, "preferred": [{"voice": "fr", "rate": 150, "pitch": 50}]}]}}}"#,
            #"speech.json: error: locale "fr": preferred voice 1 has preferred voices of its own"#
        ),
        (#"{"voice": {}}"#, #"speech.json: error: unknown key "voice"; expected "about", "voices""#),
        (#"{"voices": {}}"#, #"speech.json: error: "voices" names no locale"#),
        (#"{"voices": {"fr": "#, "speech.json: error: not valid JSON"),
    ])
    func aMistakeInTheFileIsNamedAndNothingIsUsed(json: String, message: String) {
        let error = #expect(throws: SpeechError.self) { try SpeechConfiguration.parse(Data(json.utf8), file: "speech.json") }
        #expect(error?.description == message)
    }

    @Test func aWordGapIsReadAndIsNoneWhenAbsent() throws {
        let json = #"{"voices": {"fr": {"voice": "fr", "rate": 175, "pitch": 50, "wordGap": 4}, "en": {"voice": "en", "rate": 160, "pitch": 50}}}"#
        let configuration = try SpeechConfiguration.parse(Data(json.utf8), file: "speech.json")
        #expect(configuration.voice(for: "fr") == VoiceSettings(voice: "fr", rate: 175, pitch: 50, wordGap: 4))
        #expect(configuration.voice(for: "en")?.wordGap == 0)
    }

    @Test func theFirstPreferredVoiceInstalledSpeaksElseTheLocalesOwnAndTheInstallerIsTold() throws {
        let json = #"""
            {"voices": {
              "fr": {"voice": "fr", "rate": 150, "pitch": 50, "wordGap": 4, "preferred": [
                {"voice": "mb-fr1", "rate": 140, "pitch": 50}, {"voice": "mb-fr4", "rate": 150, "pitch": 50, "wordGap": 4}]},
              "ar": {"voice": "ar", "rate": 150, "pitch": 50, "preferred": [{"voice": "mb-ar2", "rate": 150, "pitch": 50}]},
              "en": {"voice": "en", "rate": 160, "pitch": 50}}}
            """#
        let configuration = try SpeechConfiguration.parse(Data(json.utf8), file: "speech.json")
        var asked: [String] = []
        let (resolved, notes) = configuration.resolved { voice in
            asked.append(voice)
            return voice == "mb-fr4"
        }
        #expect(resolved.voice(for: "fr") == VoiceSettings(voice: "mb-fr4", rate: 150, pitch: 50, wordGap: 4))
        #expect(resolved.voice(for: "ar") == VoiceSettings(voice: "ar", rate: 150, pitch: 50))
        #expect(resolved.voice(for: "en") == VoiceSettings(voice: "en", rate: 160, pitch: 50))
        #expect(asked == ["mb-ar2", "mb-fr1", "mb-fr4"])
        #expect(
            notes == [
                "ar: the voice mb-ar2 is not installed here, so ar speaks (MBROLA, in Debian's non-free section: apt-get install mbrola mbrola-ar2)"
            ])
    }

    @Test func aMissingFileIsSaidSo() {
        let error = #expect(throws: SpeechError.self) {
            try SpeechConfiguration.load(from: URL(fileURLWithPath: "/nonexistent/speech.json"))
        }
        #expect(error?.description == "/nonexistent/speech.json: error: the voice configuration does not exist (see docs/speech.md)")
    }
}
