import ProcedureCheck
import ProcedureModel
import Testing

/// Counts and scores on sentences counted by hand (the counts are in the comments).
@Suite struct ReadabilityTests {
    @Test func oneQuestionInFrench() throws {
        // Combien(com-bien 2) de(1) personnes(per-sonnes 2) vivent(vi-vent 2) chez(1) vous(1):
        // 1 sentence, 6 words, 9 syllables; more than 6 letters: Combien, personnes.
        let counts = ReadabilityText.counts("Combien de personnes vivent chez vous ?", language: "fr")
        #expect(counts == ReadabilityCounts(sentences: 1, words: 6, syllables: 9, longWords: 2))
        // 207 − 1.015 × 6 − 73.6 × 9/6 = 207 − 6.09 − 110.4
        #expect(try #require(counts.kandelMoles).isClose(to: 90.51))
        // 6/1 + 100 × 2/6
        #expect(try #require(counts.lix).isClose(to: 6 + 200.0 / 6))
    }

    @Test func twoSentencesInFrench() throws {
        // Préparez(pré-pa-rez 3) ce(1) papier(pa-pier 2). Vous(1) pouvez(pou-vez 2) demander(de-man-der 3) l'aide(1).
        // 2 sentences, 7 words, 13 syllables; more than 6 letters: Préparez, demander.
        let counts = ReadabilityText.counts("Préparez ce papier. Vous pouvez demander l'aide.", language: "fr")
        #expect(counts == ReadabilityCounts(sentences: 2, words: 7, syllables: 13, longWords: 2))
        // 207 − 1.015 × 7/2 − 73.6 × 13/7
        #expect(try #require(counts.kandelMoles).isClose(to: 207 - 3.5525 - 956.8 / 7))
        #expect(try #require(counts.lix).isClose(to: 3.5 + 200.0 / 7))
    }

    @Test func arabicHasWordsAndLongWordsButNoSyllableFormula() throws {
        // كم / عدد / الأشخاص (7 letters) / الذين / يعيشون (6) / معك؟ : 1 sentence, 6 words, 1 long word.
        let counts = ReadabilityText.counts("كم عدد الأشخاص الذين يعيشون معك؟", language: "ar")
        #expect(counts == ReadabilityCounts(sentences: 1, words: 6, syllables: 0, longWords: 1))
        #expect(try #require(counts.lix).isClose(to: 6 + 100.0 / 6))
    }

    @Test func sentencesEndAtPunctuationBeforeASpace() {
        #expect(ReadabilityText.sentences("Allez sur ameli.fr. Il coûte 1,5 € ? Oui !") == ["Allez sur ameli.fr.", "Il coûte 1,5 € ?", "Oui !"])
        #expect(ReadabilityText.sentences("Une personne") == ["Une personne"])
        #expect(ReadabilityText.words("« Oui », dit-elle : 850 € par mois.") == ["Oui", "dit-elle", "850", "par", "mois"])
    }

    @Test(arguments: [
        ("table", 1), ("personnes", 2), ("de", 1), ("vivent", 2), ("réalité", 4), ("créé", 2), ("théâtre", 2),
        ("aujourd'hui", 3), ("naïf", 2), ("Noël", 2), ("moyen", 2), ("payée", 2), ("qu'il", 1), ("quand", 1),
        ("guérir", 2), ("oiseau", 2), ("cœur", 1), ("RSA", 3), ("C2S", 3), ("l'ASPA", 4), ("2026", 4), ("1er", 2),
    ])
    func frenchSyllables(word: String, syllables: Int) {
        #expect(FrenchSyllables.count(word) == syllables)
    }

    @Test func acronymsAreShortWordsInCapitals() {
        #expect(["CAF", "URSSAF", "C2S", "CMU-C"].allSatisfy(Acronym.isAcronym))
        #expect(!["ATTENTION", "Oui", "A", "3D", "caf"].contains(where: Acronym.isAcronym))
    }

    @Test func tableFormatsOneDecimal() {
        #expect(ReadabilityTable.format(90.51) == "90.5")
        #expect(ReadabilityTable.format(66.76) == "66.8")
        #expect(ReadabilityTable.format(-3.25) == "-3.3")
        #expect(ReadabilityTable.format(70) == "70.0")
    }
}

extension Double {
    func isClose(to other: Double) -> Bool { abs(self - other) < 1e-9 }
}
