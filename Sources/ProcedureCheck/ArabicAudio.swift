import ProcedureModel

/// Arabic audio that espeak-ng says as its translator meant: words written with their short vowels,
/// and no Latin letters.
///
/// espeak-ng 1.51's Arabic voice guesses the vowels of a word written without its ḥarakāt, and often
/// wrongly (`مساعدة` could be read several ways); it reads Latin letters with its English voice, so
/// « RSA » comes out « ar, es, ei » where a resident hears « èr, ès, a » at the counter.
/// See docs/speech.md for how Arabic audio is written.
enum ArabicAudio {
    /// Whether a locale's audio is Arabic: `ar`, `ar-MA`…
    static func applies(to language: String) -> Bool {
        language == "ar" || language.hasPrefix("ar-")
    }

    /// What to tell the translator of one audio unit, at most one message per kind.
    static func problems(in parts: [AudioPart]) -> [String] {
        // A `{placeholder}` is filled in when said (an amount in digits), not read as written.
        var plain = TranslationText.plain(parts)
        for name in TranslationText.placeholders(plain) { plain = plain.replacing("{\(name)}", with: " ") }
        let words = ReadabilityText.words(plain)
        var problems: [String] = []
        let unvowelled = words.filter { lacksShortVowels($0) && !$0.contains(where: isLatinLetter) }
        if let first = unvowelled.first {
            let count = unvowelled.count == 1 ? "a word" : "\(unvowelled.count) words"
            problems.append(
                "\(count) without short vowels, first «\(first)»: espeak-ng guesses them and often says the word wrong; write the ḥarakāt (docs/speech.md)")
        }
        if let word = words.first(where: { $0.contains(where: isLatinLetter) }) {
            let latin = String(word.filter { !Acronym.isArabic($0) })
            problems.append(
                "'\(latin)' is in Latin letters, which espeak-ng's Arabic voice reads in English: write it as it is said in France, in Arabic letters (RSA: «إِرْ إِسْ أَا»; docs/speech.md)"
            )
        }
        return problems
    }

    /// An Arabic word of two letters or more with no short vowel, sukūn, shadda or dagger alif on it.
    static func lacksShortVowels(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        let letters = scalars.filter { (0x0621...0x064A).contains($0.value) || $0.value == 0x0671 }
        return letters.count >= 2 && !scalars.contains { (0x064B...0x0652).contains($0.value) || $0.value == 0x0670 }
    }

    static func isLatinLetter(_ character: Character) -> Bool {
        character.isLetter && character.unicodeScalars.allSatisfy { $0.value < 0x0250 }
    }
}
