/// A text that has no audio script of its own, made ready for a voice: a help text, a procedure's title.
///
/// Such texts are read as written, and a voice says an acronym in capitals as it guesses: espeak-ng's
/// French voices say « le CCAS » as « le ca », « le RSA » as « le rsa », « l'ARS » as « l'ar » (heard by
/// Whisper as « le cadre », « faire ça », « l'art »: bench/intelligibility.sh, docs/speech.md). So an
/// acronym is spelled letter by letter, as the audio scripts spell it with `<say-as interpret-as="characters">`,
/// unless the glossary says it is said as a word (`<term abbr="CAF" said="word">`: « la caf »).
public enum TextReadAloud {
    /// The script for `text`: its acronyms spelled, but those in `saidAsWords`.
    public static func script(_ text: String, saidAsWords: Set<String>, location: SourceLocation = .unknown) -> AudioScript {
        var parts: [AudioPart] = []
        var plain = ""
        var index = text.startIndex
        while index < text.endIndex {
            guard isWordCharacter(text[index]) else {
                plain.append(text[index])
                index = text.index(after: index)
                continue
            }
            let end = text[index...].firstIndex { !isWordCharacter($0) } ?? text.endIndex
            let word = text[index..<end]
            // An Arabic article written against the acronym (« الـCAF ») stays text before it.
            let acronymStart = word.firstIndex { !isArabic($0) } ?? word.endIndex
            let acronym = String(word[acronymStart...])
            if isAcronym(acronym), !saidAsWords.contains(acronym) {
                plain += word[..<acronymStart]
                if !plain.isEmpty { parts.append(.text(plain)) }
                plain = ""
                parts.append(.sayAs(interpretAs: "characters", format: nil, text: acronym))
            } else {
                plain += word
            }
            index = end
        }
        if !plain.isEmpty { parts.append(.text(plain)) }
        return AudioScript(parts: parts, location: location)
    }

    /// 2 to 7 capital letters, maybe with digits and hyphens, and no small letter: `CAF`, `URSSAF`, `C2S`,
    /// `CMU-C`. A longer word in capitals (`ATTENTION`) is shouting, not an acronym.
    public static func isAcronym(_ word: String) -> Bool {
        guard word.first?.isLetter == true, word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return false }
        let letters = word.filter(\.isLetter)
        return (2...7).contains(letters.count) && letters.allSatisfy(\.isUppercase)
    }

    /// A character of the Arabic block, the tatweel of «الـ» included.
    public static func isArabic(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { (0x0600...0x06FF).contains($0.value) }
    }

    /// Letters, digits and hyphens make a word; an apostrophe ends one (« l'ASPA »), as does a dot
    /// (« C2S. ») or a bracket.
    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-"
    }
}
