/// Acronyms (CAF, RSA, CMU-C, C2S) and whether a text explains them.
public enum Acronym {
    /// 2 to 7 capital letters, maybe with digits and hyphens, and no small letter: `CAF`, `URSSAF`, `C2S`,
    /// `CMU-C`. A longer word in capitals (`ATTENTION`) is shouting, not an acronym.
    public static func isAcronym(_ word: String) -> Bool {
        guard word.first?.isLetter == true, word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return false }
        let letters = word.filter(\.isLetter)
        return (2...7).contains(letters.count) && letters.allSatisfy(\.isUppercase)
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

    /// The acronym in a token, without punctuation around it or an elided article: `l'ASPA,` → `ASPA`.
    static func acronym(in token: String) -> String? {
        let word = ReadabilityText.words(token).first ?? ""
        let afterElision = word.split(whereSeparator: { $0 == "'" || $0 == "’" }).last.map(String.init) ?? word
        return isAcronym(afterElision) ? afterElision : nil
    }
}
