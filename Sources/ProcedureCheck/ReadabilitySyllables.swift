/// Counts the syllables of a French word as written, by groups of vowels (docs/translations.md lists
/// the rules and their known misses).
public enum FrenchSyllables {
    static let vowels: Set<Character> = ["a", "à", "â", "ä", "e", "é", "è", "ê", "ë", "i", "î", "ï", "o", "ô", "ö", "u", "ù", "û", "ü", "y", "ÿ", "æ", "œ"]
    /// A vowel with a diaeresis is said apart from the vowel before it: naïf, Noël.
    static let diaeresis: Set<Character> = ["ë", "ï", "ü", "ÿ"]

    /// At least 1 for any word.
    public static func count(_ word: String) -> Int {
        // An elision is counted piece by piece: l'aide = l + aide, qu'il = qu + il.
        let pieces = word.split(whereSeparator: { $0 == "'" || $0 == "’" })
        return max(1, pieces.map { piece($0) }.reduce(0, +))
    }

    private static func piece(_ piece: Substring) -> Int {
        if Acronym.isAcronym(String(piece)) {
            // Read letter by letter: RSA is "èr-ès-a".
            return piece.filter { $0.isLetter || $0.isNumber }.count
        }
        // A number written in digits: one syllable a digit (2026 is "deux mille vingt-six").
        let digits = piece.filter(\.isNumber).count
        let letters = Array(piece.lowercased().filter(\.isLetter))
        return digits + vowelGroups(letters)
    }

    static func vowelGroups(_ letters: [Character]) -> Int {
        var count = 0
        var inGroup = false
        var lastGroupStart = -1
        for (index, letter) in letters.enumerated() {
            let previous: Character? = index > 0 ? letters[index - 1] : nil
            let next: Character? = index + 1 < letters.count ? letters[index + 1] : nil
            var isVowel = vowels.contains(letter)
            // The u of qu, and of gu before a vowel, belongs to the consonant: quand, guérir.
            if letter == "u", previous == "q" || (previous == "g" && next.map(vowels.contains) == true) { isVowel = false }
            guard isVowel else {
                inGroup = false
                continue
            }
            // A new syllable after é (réalité, créé), after y between vowels (moyen, payer), and at a diaeresis.
            let startsSyllable = !inGroup || previous == "é" || previous == "y" || diaeresis.contains(letter)
            if startsSyllable {
                count += 1
                lastGroupStart = index
            }
            inGroup = true
        }
        // A final e or es alone in its group is mute: table, personnes, aidée (but de, le keep theirs).
        let last = letters.count - 1
        let endsWithMuteE =
            count >= 2 && letters[lastGroupStart] == "e"
            && (lastGroupStart == last || (lastGroupStart == last - 1 && letters[last] == "s"))
        return endsWithMuteE ? count - 1 : count
    }
}
