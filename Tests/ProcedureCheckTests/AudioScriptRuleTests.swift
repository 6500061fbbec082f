import Foundation
import ProcedureCheck
import ProcedureModel
import ProcedureXML
import Testing

/// Audio scripts espeak-ng reads as meant, and short enough to follow.
@Suite struct AudioScriptRuleTests {
    /// Line 6 of the clean file with the step's audio replaced; `<audio>` starts at column 37.
    func checkStepAudio(_ audio: String) throws -> [String] {
        try check(xml: cleanXML(replacing: [6: "    <text>Combien êtes-vous ?</text><audio>\(audio)</audio>"]))
    }

    @Test func sayAsReadingsEspeakHonoursPass() throws {
        #expect(try checkStepAudio(#"Appelez la <say-as interpret-as="characters">CAF</say-as> au <say-as interpret-as="telephone">3230</say-as>."#) == [])
    }

    @Test func aDateEspeakWouldReadAsDigitsIsAnError() throws {
        #expect(
            try checkStepAudio(#"Avant le <say-as interpret-as="date" format="dmy">12/03/2026</say-as>."#) == [
                #"t.xml:6:37: error: [say-as-ignored] step 'foyer': espeak-ng reads <say-as interpret-as="date"> as plain text: write the date as it is said (le 12 mars 2025)"#
            ])
    }

    @Test func aCardinalIsOnlyAWarningSinceNumbersAreReadSoAnyway() throws {
        #expect(
            try checkStepAudio(#"<say-as interpret-as="cardinal">3</say-as> personnes."#) == [
                #"t.xml:6:37: warning: [say-as-ignored] step 'foyer': espeak-ng reads <say-as interpret-as="cardinal"> as plain text, and plain numbers are read as cardinals already: remove the say-as"#
            ])
    }

    @Test func eachUnhonouredReadingSaysWhatToWriteInstead() throws {
        let choice =
            #"    <choice value="1" next="revenus"><text>Seul</text><audio><say-as interpret-as="spell-out">RSA</say-as> <say-as interpret-as="digits">75</say-as> <say-as interpret-as="ordinal">1</say-as> <say-as interpret-as="time">9:30</say-as></audio></choice>"#
        #expect(
            try check(xml: cleanXML(replacing: [7: choice])) == [
                #"t.xml:7:55: error: [say-as-ignored] choice '1' of step 'foyer': espeak-ng reads <say-as interpret-as="spell-out"> as plain text: use interpret-as="characters" to spell it"#,
                #"t.xml:7:55: error: [say-as-ignored] choice '1' of step 'foyer': espeak-ng reads <say-as interpret-as="digits"> as plain text: use interpret-as="characters" (one digit at a time) or "telephone" (digits in pairs)"#,
                #"t.xml:7:55: error: [say-as-ignored] choice '1' of step 'foyer': espeak-ng reads <say-as interpret-as="ordinal"> as plain text: write the ordinal as a word (premier, deuxième)"#,
                #"t.xml:7:55: error: [say-as-ignored] choice '1' of step 'foyer': espeak-ng reads <say-as interpret-as="time"> as plain text: write the time as it is said (14 h 30)"#,
            ])
    }

    @Test func aScriptOverThirtySecondsIsAnError() throws {
        // 70 words at French's 150 words per minute and 40 ms between words: 30.8 s.
        let long =
            Array(repeating: "Touchez le bouton vert pour continuer.", count: 10).joined(separator: " ")
            + " Merci beaucoup pour votre aide et à bientôt. Au revoir."
        #expect(long.split(separator: " ").count == 70)
        #expect(
            try checkStepAudio(long) == [
                "t.xml:6:37: error: [audio-too-long] step 'foyer': its audio would last about 31 s at rate 150 (the limit is 30 s): split it or move the detail to <help>"
            ])
        // 60 words: 26.4 s.
        #expect(try checkStepAudio(Array(repeating: "Touchez le bouton vert pour continuer.", count: 10).joined(separator: " ")) == [])
    }

    @Test(arguments: [
        // 10 words at 150 per minute, 40 ms after each (a question mark is no word).
        ([AudioPart.text("Combien de personnes vivent chez vous ? Touchez le bon chiffre.")], "fr", 4.4),
        // …and a 300 ms pause.
        ([.text("Combien de personnes vivent chez vous ?"), .pause(milliseconds: 300), .text("Touchez le bon chiffre.")], "fr", 4.7),
        // A number is a word per digit, a spelled token a word per letter, an alias its own words: 2 + 4 + 3 + 3.
        (
            [
                .text("Appelez le 3646"), .sayAs(interpretAs: "characters", format: nil, text: "CAF"),
                .substitute(alias: "Caisse d'allocations familiales", written: "CAF"),
            ], "fr", 5.28
        ),
        // Arabic: 6 written words at half pace of rate 150.
        ([.text("كَمْ شَخْصًا يَعِيشُ فِي بَيْتِكَ؟ اِلْمِسْ")], "ar", 4.8),
        // A regional locale takes its language's rate; an unconfigured one espeak-ng's default 175.
        ([.text("How many people live in your home?")], "en-GB", 2.625),
        ([.text("Wie viele Personen leben bei Ihnen?")], "de", 2.057),
    ])
    func theSpokenDurationIsEstimatedFromWordsRateAndPauses(parts: [AudioPart], locale: String, seconds: Double) {
        let estimate = AudioScriptCheck.estimatedSeconds(of: AudioScript(parts: parts), locale: locale)
        #expect(abs(estimate - seconds) < 0.001, "estimated \(estimate) s")
    }

    @Test func directoryEntriesAreCheckedOnceInTheirOwnFiles() throws {
        let cerfa = AudioScript(
            parts: [.text("Son numéro est"), .sayAs(interpretAs: "digits", format: nil, text: "12504")],
            location: SourceLocation(line: 36, column: 5))
        let library = ProcedureLibrary(
            procedures: [try ProcedureLoader().loadProcedure(xml: cleanXML, file: "procedures/t.xml")],
            documents: ["cerfa": Document(id: "cerfa", prompt: Prompt(text: "Cerfa 12504", audio: cerfa))],
            documentsFile: "procedures/documents.xml")
        #expect(
            ProcedureChecker.check(library).map(\.description) == [
                #"procedures/documents.xml:36:5: error: [say-as-ignored] document 'cerfa': espeak-ng reads <say-as interpret-as="digits"> as plain text: use interpret-as="characters" (one digit at a time) or "telephone" (digits in pairs)"#
            ])
    }

    /// The checker cannot read files, so it keeps its own copy of the rates and word gaps; this keeps the copy true.
    @Test func theRatesAreThoseOfTheVoiceConfiguration() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = try Data(contentsOf: root.appendingPathComponent("locales/speech.json"))
        let voices = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["voices"] as? [String: [String: Any]])
        #expect(voices.compactMapValues { $0["rate"] as? Int } == AudioScriptCheck.rates)
        #expect(voices.compactMapValues { $0["wordGap"] as? Int } == AudioScriptCheck.wordGaps)
    }
}
