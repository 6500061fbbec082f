import Foundation
import ProcedureModel
import Speech
import Testing

/// Real espeak-ng, real WAV files, measured with sox.
@Suite struct RenderingTests {
    let configuration: SpeechConfiguration

    init() throws {
        configuration = try shippedConfiguration()
    }

    @Test func aFrenchQuestionIsSpokenAtTheSlowFrenchRate() async throws {
        let library = AudioLibrary(configuration: configuration, cacheDirectory: try temporaryFolder())
        let file = try #require(try await library.audioFile(for: item(question)))
        let sound = try SoundMeasure(file)
        // Silence measures 0; espeak-ng's speech measures about 0.1.
        #expect(sound.rmsAmplitude > 0.02)
        // 10 words at rate 150: 4.0 s at the nominal rate; espeak-ng's French runs 0.93 to 1.22 times
        // that pace (measured on kiosk prompts), so 3.3 to 4.3 s, plus 40 ms after each word: 3.7 to
        // 4.7 s (measured: 4.35 s); half a second either side for the trailing silence and voice updates.
        #expect((3.3...5.5).contains(sound.seconds), "lasted \(sound.seconds) s")
    }

    @Test func aOneSecondBreakLengthensItByAboutOneSecond() async throws {
        let library = AudioLibrary(configuration: configuration, cacheDirectory: try temporaryFolder())
        let plain = try SoundMeasure(try #require(try await library.audioFile(for: item(instruction))))
        let paused = try SoundMeasure(try #require(try await library.audioFile(for: item(instructionWithPause))))
        // Measured: 1.05 s. Within a sentence the break adds all its time; after a full stop it would
        // replace the stop's own pause (about 0.45 s at this rate), so the test keeps it mid-sentence.
        #expect((0.9...1.2).contains(paused.seconds - plain.seconds), "lengthened by \(paused.seconds - plain.seconds) s")
    }

    @Test func arabicAndEnglishAreSpokenToo() async throws {
        let library = AudioLibrary(configuration: configuration, cacheDirectory: try temporaryFolder())
        let arabic = item([.text("كَمْ شَخْصًا يَعِيشُ فِي بَيْتِكَ؟")], locale: "ar")
        let english = item([.text("How many people live in your home?")], locale: "en")
        for spoken in [arabic, english] {
            let sound = try SoundMeasure(try #require(try await library.audioFile(for: spoken)))
            #expect(sound.rmsAmplitude > 0.02, "\(spoken.locale) is silent")
            #expect((1.0...5.0).contains(sound.seconds), "\(spoken.locale) lasted \(sound.seconds) s")
        }
    }

    @Test func markupIsEscapedNotSpokenAsTags() async throws {
        let library = AudioLibrary(configuration: configuration, cacheDirectory: try temporaryFolder())
        let tricky = item([.text("Touchez <vert> & \"merci\" au "), .sayAs(interpretAs: "characters", format: nil, text: "3646")])
        #expect(
            tricky.script.speakDocument == #"<speak>Touchez &lt;vert&gt; &amp; &quot;merci&quot; au <say-as interpret-as="characters">3646</say-as></speak>"#)
        let sound = try SoundMeasure(try #require(try await library.audioFile(for: tricky)))
        #expect(sound.rmsAmplitude > 0.02)
    }

    @Test func anUnknownVoiceIsAnErrorAndLeavesNoFile() async throws {
        let cache = try temporaryFolder()
        let wrong = SpeechConfiguration(voices: ["fr": VoiceSettings(voice: "nosuchvoice", rate: 130)])
        let library = AudioLibrary(configuration: wrong, cacheDirectory: cache)
        let error = await #expect(throws: SpeechError.self) { try await library.audioFile(for: item(question)) }
        #expect(error?.description == #"espeak-ng: error: voice "nosuchvoice": Error: The specified espeak-ng voice does not exist."#)
        #expect(files(in: cache) == [])
    }
}

/// The MBROLA voice fr4 speaks French where it is installed (CI installs it from Debian's non-free section).
@Suite struct PreferredVoiceTests {
    @Test func espeakSaysWhichVoicesSpeakHere() {
        let espeak = Espeak.locate()
        #expect(espeak.speaks("fr"))
        #expect(!espeak.speaks("nonexistent"))
        // An MBROLA voice espeak-ng knows of, whose database (mbrola-af1) is not installed.
        #expect(!espeak.speaks("mb-af1"))
    }

    @Test func frenchAndArabicAreSpokenByTheMbrolaVoicesWhereTheyAreInstalled() async throws {
        let missing = ["fr4", "ar2"].filter { !FileManager.default.fileExists(atPath: "/usr/share/mbrola/\($0)/\($0)") }
        guard missing.isEmpty else {
            let reason = "MBROLA's \(missing.joined(separator: ", ")) not installed (apt-get install mbrola mbrola-fr4 mbrola-ar2, Debian non-free)"
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: reason)) } else { print("skipped: \(reason)") }
            return
        }
        var notes: [String] = []
        let library = AudioLibrary(configuration: try shippedConfiguration(), cacheDirectory: try temporaryFolder()) { notes.append($0) }
        #expect(library.configuration.voice(for: "fr") == VoiceSettings(voice: "mb-fr4", rate: 150, pitch: 50, wordGap: 4))
        #expect(library.configuration.voice(for: "ar") == VoiceSettings(voice: "mb-ar2", rate: 100, pitch: 50, wordGap: 2))
        #expect(!notes.contains { $0.hasPrefix("fr:") || $0.hasPrefix("ar:") })
        let french = item([.text("Combien de personnes vivent dans votre logement ?")])
        let arabic = item([.text("كَمْ شَخْصًا يَعِيشُ فِي بَيْتِكَ؟")], locale: "ar")
        for question in [french, arabic] {
            let sound = try SoundMeasure(try #require(try await library.audioFile(for: question)))
            #expect(sound.rmsAmplitude > 0.02, "\(question.locale) is silent")
        }
    }
}
