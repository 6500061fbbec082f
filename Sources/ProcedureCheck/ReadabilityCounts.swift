import ProcedureModel

/// What readability formulas count in a text: sentences, words, syllables and long words.
public struct ReadabilityCounts: Sendable, Hashable {
    public var sentences: Int
    public var words: Int
    /// French only; 0 for languages without a syllable rule.
    public var syllables: Int
    /// Words of more than 6 letters, for LIX.
    public var longWords: Int

    public init(sentences: Int = 0, words: Int = 0, syllables: Int = 0, longWords: Int = 0) {
        self.sentences = sentences
        self.words = words
        self.syllables = syllables
        self.longWords = longWords
    }

    public static func + (a: Self, b: Self) -> Self {
        Self(sentences: a.sentences + b.sentences, words: a.words + b.words, syllables: a.syllables + b.syllables, longWords: a.longWords + b.longWords)
    }

    /// Kandel & Moles (1958), Flesch adapted to French: 207 − 1.015 × words/sentence − 73.6 × syllables/word.
    /// Higher is easier; `nil` without words.
    public var kandelMoles: Double? {
        guard words > 0, sentences > 0 else { return nil }
        return 207 - 1.015 * Double(words) / Double(sentences) - 73.6 * Double(syllables) / Double(words)
    }

    /// LIX (Björnsson, 1968): words/sentence + 100 × long words/words. Lower is easier; any language.
    public var lix: Double? {
        guard words > 0, sentences > 0 else { return nil }
        return Double(words) / Double(sentences) + 100 * Double(longWords) / Double(words)
    }
}

/// Splits text into sentences and words, the same way for every language.
public enum ReadabilityText {
    /// Characters that end a sentence when followed by a space or the end: `. ! ? …` and the Arabic `؟ ۔`.
    static let sentenceEnds: Set<Character> = [".", "!", "?", "…", "؟", "۔"]

    /// The sentences of a text; a text without final punctuation is one sentence.
    public static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            // "1.5", "ameli.fr" and "?!" do not end a sentence here; the last of "?!" does.
            if sentenceEnds.contains(character), next == nil || next?.isWhitespace == true {
                sentences.append(current)
                current = ""
            }
        }
        sentences.append(current)
        return sentences.filter { !words($0).isEmpty }.map { $0.collapsingWhitespace() }
    }

    /// The words of a text: pieces between spaces holding a letter or a digit, without the punctuation
    /// around them. `l'aide`, `gagnez-vous` and `850` are one word each; `?`, `€` and `«` are none.
    public static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).compactMap { token in
            let word = token.drop(while: { !isWordCharacter($0) }).reversed().drop(while: { !isWordCharacter($0) }).reversed()
            return word.isEmpty ? nil : String(word)
        }
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Letters in a word, for LIX's "more than 6 letters": digits, hyphens and apostrophes do not count.
    public static func letterCount(_ word: String) -> Int {
        word.filter(\.isLetter).count
    }

    /// Counts one text; syllables only for French.
    public static func counts(_ text: String, language: String) -> ReadabilityCounts {
        var counts = ReadabilityCounts()
        for sentence in sentences(text) {
            counts.sentences += 1
            for word in words(sentence) {
                counts.words += 1
                if letterCount(word) > 6 { counts.longWords += 1 }
                if language == "fr" { counts.syllables += FrenchSyllables.count(word) }
            }
        }
        return counts
    }
}
