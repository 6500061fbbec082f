import Foundation
import Testing

@testable import GuideServer

/// What the kiosk says by itself (a language's name, "Vous êtes toujours là ?") is the translation's
/// spoken form, written for espeak-ng, not the words on screen.
@Suite struct KioskSpokenWordsTests {
    @Test func arabicIsSaidWithItsShortVowelsAndShownWithout() throws {
        let harness = try KioskHarness(voices: true)
        try harness.offerArabic([])
        let content = try LocalizedContent.load(try GuideServices.loadLibrary(harness.settings), localesFolder: harness.settings.localesDirectory)
        let arabic = try #require(content["ar"])
        #expect(arabic.spoken("stillThere") == "هَلْ مَا زِلْتَ هُنَا؟")
        #expect(arabic.word("stillThere") == "هل ما زلت هنا؟")
        #expect(arabic.spoken("languageName") == "اَلْعَرَبِيْيَهْ")
        let french = try #require(content["fr"])
        #expect(french.spoken("stillThere") == "Vous êtes toujours là ?")
        #expect(french.spoken("languageName") == "Français")
        #expect(french.spoken("nothing") == nil)
    }

    @Test func theArabicRePromptIsASound() async throws {
        let harness = try KioskHarness(voices: true)
        try harness.offerArabic([])
        try await harness.run { client async throws in
            let sound = try await client.get("/kiosk/say/ar/stillThere")
            #expect(sound.status == .ok)
            #expect(sound.headers[.contentType] == "audio/wav")
            #expect(Array(sound.body.readableBytesView.prefix(4)) == Array("RIFF".utf8))
            #expect(try await client.get("/kiosk/say/ar/nothing").status == .notFound)
        }
    }
}
