public import ProcedureModel

/// The checks on one audio script in one locale, for procedures and for their translations alike.
public enum AudioScriptCheck {
    /// Longer than this and a listener loses the thread before the question comes.
    public static let longestSeconds = 30.0

    /// The speed each locale is spoken at, in espeak-ng's words per minute: the `rate` of
    /// `locales/speech.json` (a test keeps the two equal); espeak-ng's own default for any other locale.
    public static let rates = ["fr": 150, "en": 160, "ar": 150, "tr": 150, "pt": 150, "ro": 150, "fa-AF": 150]
    static let defaultRate = 175
    /// The silence between words of each locale, in tens of milliseconds: the `wordGap` of
    /// `locales/speech.json` (the same test keeps them equal); none for any other locale.
    public static let wordGaps = ["fr": 4]

    /// Spoken words per espeak-ng "word" of rate, measured with espeak-ng 1.51 on kiosk-style prompts
    /// (fr 0.93–1.22, en 1.05–1.24, ar 0.50–0.63) and rounded down, so the estimate errs long.
    /// An Arabic written word carries its article and pronouns (وَبِبَيْتِكَ), about two spoken words.
    static let pace = ["ar": 0.5]

    /// What is wrong with a script: say-as readings espeak-ng ignores, and a script too long to follow.
    public static func problems(in script: AudioScript, locale: String) -> [(rule: CheckRule, severity: Diagnostic.Severity, message: String)] {
        var problems = sayAsInterpretations(in: script.parts).compactMap(unhonoured).map {
            (rule: CheckRule.sayAsIgnored, severity: $0.severity, message: $0.message)
        }
        problems += AudioWrittenForms.problems(in: script.parts).map { (rule: $0.rule, severity: .warning, message: $0.message) }
        let seconds = estimatedSeconds(of: script, locale: locale)
        if seconds > longestSeconds {
            problems.append(
                (
                    .audioTooLong, .error,
                    "its audio would last about \(Int(seconds.rounded())) s at rate \(rate(for: locale)) (the limit is \(Int(longestSeconds)) s): split it or move the detail to <help>"
                ))
        }
        return problems
    }

    /// How long espeak-ng takes to say a script: its words at the locale's pace, each followed by the
    /// locale's word gap, plus its pauses.
    ///
    /// A number counts a word per digit ("2025" is said "deux mille vingt-cinq"), and a spelled-out
    /// token a word per character. Against rendering, on the shipped French scripts of 15 words or more,
    /// it is 0.98 to 1.45 times the measured length (docs/speech.md).
    public static func estimatedSeconds(of script: AudioScript, locale: String) -> Double {
        let language = locale.split(separator: "-").first.map(String.init) ?? locale
        let wordsPerMinute = Double(rate(for: locale)) * (pace[language] ?? 1.0)
        let secondsPerWord = 60 / wordsPerMinute + Double(wordGaps[locale] ?? wordGaps[language] ?? 0) / 100
        return Double(words(in: script.parts)) * secondsPerWord + Double(pauses(in: script.parts)) / 1000
    }

    static func rate(for locale: String) -> Int {
        rates[locale] ?? rates[locale.split(separator: "-").first.map(String.init) ?? locale] ?? defaultRate
    }

    /// The say-as readings espeak-ng 1.51 honours; it reads any other as plain text (its ssml.c knows only
    /// these, in every language; checked by ear and phonemes in fr, en and ar).
    static let honoured: Set<String> = ["characters", "telephone"]

    /// The diagnostic for a say-as reading espeak-ng does not honour, or `nil`.
    private static func unhonoured(_ interpretAs: String) -> (severity: Diagnostic.Severity, message: String)? {
        if honoured.contains(interpretAs) { return nil }
        let said = "espeak-ng reads <say-as interpret-as=\"\(interpretAs)\"> as plain text"
        switch interpretAs {
        case "cardinal": return (.warning, "\(said), and plain numbers are read as cardinals already: remove the say-as")
        case "spell-out": return (.error, "\(said): use interpret-as=\"characters\" to spell it")
        case "digits": return (.error, "\(said): use interpret-as=\"characters\" (one digit at a time) or \"telephone\" (digits in pairs)")
        case "ordinal": return (.error, "\(said): write the ordinal as a word (premier, deuxième)")
        case "date": return (.error, "\(said): write the date as it is said (le 12 mars 2025)")
        case "time": return (.error, "\(said): write the time as it is said (14 h 30)")
        default: return (.error, "\(said): use interpret-as=\"characters\" or \"telephone\", or write the words")
        }
    }

    private static func sayAsInterpretations(in parts: [AudioPart]) -> [String] {
        parts.flatMap { part -> [String] in
            switch part {
            case .sayAs(let interpretAs, _, _): [interpretAs]
            case .emphasis(_, let inner): sayAsInterpretations(in: inner)
            case .text, .pause, .substitute: []
            }
        }
    }

    private static func words(in parts: [AudioPart]) -> Int {
        parts.reduce(0) { total, part in
            switch part {
            case .text(let text): total + words(in: text)
            case .substitute(let alias, _): total + words(in: alias)
            case .sayAs(let interpretAs, _, let text) where honoured.contains(interpretAs):
                total + text.filter { !$0.isWhitespace }.count
            case .sayAs(_, _, let text): total + words(in: text)
            case .emphasis(_, let inner): total + words(in: inner)
            case .pause: total
            }
        }
    }

    private static func words(in text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).reduce(0) { total, token in
            let digits = token.filter(\.isNumber).count
            return total + (digits > 0 ? digits : (token.contains(where: \.isLetter) ? 1 : 0))
        }
    }

    private static func pauses(in parts: [AudioPart]) -> Int {
        parts.reduce(0) { total, part in
            switch part {
            case .pause(let milliseconds): total + milliseconds
            case .emphasis(_, let inner): total + pauses(in: inner)
            case .text, .sayAs, .substitute: total
            }
        }
    }
}
