import ProcedureModel

/// Acronyms (CAF, RSA, CMU-C, C2S) and whether a text explains them.
public enum Acronym {
    /// 2 to 7 capital letters, maybe with digits and hyphens, and no small letter: `CAF`, `URSSAF`, `C2S`,
    /// `CMU-C`. A longer word in capitals (`ATTENTION`) is shouting, not an acronym.
    public static func isAcronym(_ word: String) -> Bool {
        TextReadAloud.isAcronym(word)
    }

    /// Acronyms in a text, in order, each with whether it is written with its meaning in parentheses
    /// right there: `RSA (revenu de solidarité active)` or `revenu de solidarité active (RSA)`.
    static func occurrences(in text: String) -> [(acronym: String, explainedHere: Bool)] {
        let tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)
        var found: [(String, Bool)] = []
        for (index, token) in tokens.enumerated() {
            guard let acronym = acronym(in: token) else { continue }
            let inParentheses = token.hasPrefix("(") && token.contains(")") && index > 0
            let followedByParentheses = !token.contains(")") && token.hasSuffix(acronym) && index + 1 < tokens.count && tokens[index + 1].hasPrefix("(")
            found.append((acronym, inParentheses || followedByParentheses))
        }
        return found
    }

    /// The acronym in a token, without punctuation around it, an elided article (`l'ASPA,` → `ASPA`) or
    /// the Arabic article and prepositions written against it (`الـCAF`, `الCAF`, `للـRSA` → `CAF`, `RSA`).
    static func acronym(in token: String) -> String? {
        let word = ReadabilityText.words(token).first ?? ""
        let afterElision = word.split(whereSeparator: { $0 == "'" || $0 == "’" }).last.map(String.init) ?? word
        let afterArabicPrefix = String(afterElision.drop(while: isArabic))
        return isAcronym(afterArabicPrefix) ? afterArabicPrefix : nil
    }

    static func isArabic(_ character: Character) -> Bool {
        TextReadAloud.isArabic(character)
    }

    /// The say-as marks of a French script that spell an acronym (`<say-as interpret-as="characters">RSA</say-as>`).
    ///
    /// A translation may leave them out and write the letters as its listeners say them: a voice
    /// spells Latin letters in its own language (espeak-ng's Arabic voice says RSA « ar, es, ei »), where
    /// a resident needs the French « èr, ès, a » heard at the counter. Digits keep their mark.
    static func spellingMarks(in parts: [AudioPart]) -> [String] {
        parts.flatMap { part -> [String] in
            switch part {
            case .sayAs("characters", _, let text) where isAcronym(text): TranslationText.marks([part])
            case .emphasis(_, let inner): spellingMarks(in: inner)
            case .text, .pause, .sayAs, .substitute: []
            }
        }
    }
}
