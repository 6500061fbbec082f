import Foundation
import ProcedureModel
import Testing

@testable import Speech

/// Renderings named by content: a second run reuses, a change renders anew.
@Suite struct CacheTests {
    let configuration: SpeechConfiguration
    let items: [SpokenItem]

    init() throws {
        var shipped = try shippedConfiguration()
        // These tests vary espeak-ng's own French settings: a preferred MBROLA voice installed here would
        // speak instead of them.
        shipped.voices["fr"]?.preferred = []
        configuration = shipped
        items = [item(question), item([.text("Une personne.")], choice: "1"), item([.text("Deux ou plus.")], choice: "2+")]
    }

    @Test func aSecondRunRendersNothingAndReusesEverything() async throws {
        let cache = try temporaryFolder()
        let library = AudioLibrary(configuration: configuration, cacheDirectory: cache)
        #expect(try await library.render(items) == [.init(locale: "fr", rendered: 3, reused: 0)])
        let rendered = files(in: cache)
        #expect(rendered.count == 3)
        #expect(rendered.allSatisfy { $0.hasPrefix("fr/") && $0.hasSuffix(".wav") && $0.count == "fr/".count + 64 + ".wav".count })
        #expect(try await library.render(items) == [.init(locale: "fr", rendered: 0, reused: 3)])
        #expect(files(in: cache) == rendered)
    }

    @Test func changingOnePromptRendersOnlyThatOne() async throws {
        let cache = try temporaryFolder()
        let library = AudioLibrary(configuration: configuration, cacheDirectory: cache)
        _ = try await library.render(items)
        var changed = items
        changed[1].script = AudioScript(parts: [.text("Une seule personne.")])
        #expect(try await library.render(changed) == [.init(locale: "fr", rendered: 1, reused: 2)])
    }

    @Test func aNewRateIsANewFile() async throws {
        let cache = try temporaryFolder()
        _ = try await AudioLibrary(configuration: configuration, cacheDirectory: cache).render(items)
        var faster = configuration
        faster.voices["fr"]?.rate = 250
        let library = AudioLibrary(configuration: faster, cacheDirectory: cache)
        #expect(try await library.render(items) == [.init(locale: "fr", rendered: 3, reused: 0)])
        #expect(files(in: cache).count == 6)
        // The faster file is shorter: the rate reached espeak-ng.
        let slow = try SoundMeasure(try #require(try await AudioLibrary(configuration: configuration, cacheDirectory: cache).audioFile(for: items[0])))
        let fast = try SoundMeasure(try #require(try await library.audioFile(for: items[0])))
        #expect(fast.seconds < slow.seconds * 0.85)
    }

    @Test func aWordGapIsANewFileWithSilenceBetweenTheWords() async throws {
        let cache = try temporaryFolder()
        var none = configuration
        none.voices["fr"]?.wordGap = 0
        let plain = AudioLibrary(configuration: none, cacheDirectory: cache)
        var gapped = configuration
        gapped.voices["fr"]?.wordGap = 20
        let spaced = AudioLibrary(configuration: gapped, cacheDirectory: cache)
        let words = item([.text("Touchez Oui ou Non, puis Continuer.")])
        let without = try SoundMeasure(try #require(try await plain.audioFile(for: words)))
        let with = try SoundMeasure(try #require(try await spaced.audioFile(for: words)))
        #expect(files(in: cache).count == 2)
        // Five gaps of 0.2 s: the gap reached espeak-ng.
        #expect(with.seconds > without.seconds + 0.6)
    }

    @Test func theNameIsTheSHA256OfEngineVoiceRatePitchAndSSML() {
        let name = RenderedName(
            engineVersion: "1.51", voice: VoiceSettings(voice: "fr", rate: 130, pitch: 50), document: "<speak>Oui.</speak>")
        // printf 'espeak-ng 1.51\nfr\n130\n50\n<speak>Oui.</speak>' | sha256sum
        #expect(name.fileName == "422a392224a8b1dbe1391655dab7a6c28e38ee3be0c22bcc4868e6498643bc97.wav")
    }

    @Test func aWordGapChangesTheNameOnlyWhenThereIsOne() {
        let none = RenderedName(
            engineVersion: "1.51", voice: VoiceSettings(voice: "fr", rate: 130, pitch: 50, wordGap: 0), document: "<speak>Oui.</speak>")
        let gap = RenderedName(
            engineVersion: "1.51", voice: VoiceSettings(voice: "fr", rate: 130, pitch: 50, wordGap: 5), document: "<speak>Oui.</speak>")
        #expect(none.fileName == "422a392224a8b1dbe1391655dab7a6c28e38ee3be0c22bcc4868e6498643bc97.wav")
        // printf 'espeak-ng 1.51\nfr\n130\n50\ngap 5\n<speak>Oui.</speak>' | sha256sum
        #expect(gap.fileName == "09a0b1cd51ff52496919f114a2c5335e69a34eadf46ab339353da5bde227476c.wav")
    }

    @Test func localesAreCountedApartInTheOrderFirstSeen() async throws {
        let library = AudioLibrary(configuration: configuration, cacheDirectory: try temporaryFolder())
        let mixed = [item([.text("Oui.")]), item([.text("Yes.")], locale: "en"), item([.text("Non.")], choice: "non")]
        #expect(try await library.render(mixed) == [.init(locale: "fr", rendered: 2), .init(locale: "en", rendered: 1)])
    }
}
