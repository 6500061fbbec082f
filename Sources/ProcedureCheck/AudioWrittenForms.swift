import ProcedureModel

/// Written forms a voice reads badly when they are left as plain text in an audio script.
///
/// Measured with Whisper on the kiosk's own audio (bench/intelligibility.sh, docs/speech.md): an
/// acronym in capitals is said as a word or spelled by guess, in the voice's own letters (espeak-ng's
/// English voice reads CAF « caf », its Arabic voice spells Latin letters in English); a long number
/// is said as a cardinal (14069: « quatorze mille soixante-neuf ») where a phone number or a case
/// number is meant to be heard digit by digit.
enum AudioWrittenForms {
    /// Numbers of this many digits or more are phone, case or reference numbers, not amounts.
    static let longNumberDigits = 5

    static func problems(in parts: [AudioPart]) -> [(rule: CheckRule, message: String)] {
        plainText(in: parts).flatMap { text in
            text.split(whereSeparator: \.isWhitespace).compactMap { token -> (rule: CheckRule, message: String)? in
                if let acronym = Acronym.acronym(in: String(token)) {
                    return (
                        .acronymInAudio,
                        "\(acronym.quoted) in capitals is read as the voice guesses: write <say-as interpret-as=\"characters\">\(acronym)</say-as> to spell it, or <sub alias=\"…\">\(acronym)</sub> with the words a listener hears"
                    )
                }
                let digits = token.filter(\.isNumber)
                if digits.count >= longNumberDigits, token.allSatisfy({ $0.isNumber || $0.isPunctuation }) {
                    return (
                        .longNumberInAudio,
                        "\(String(digits).quoted) is read as one big number: write <say-as interpret-as=\"telephone\">\(digits)</say-as> (digits in pairs) or <say-as interpret-as=\"characters\">\(digits)</say-as> (one by one)"
                    )
                }
                return nil
            }
        }
    }

    /// The text read as written: not what a `<say-as>` or a `<sub>` already says on purpose.
    private static func plainText(in parts: [AudioPart]) -> [String] {
        parts.flatMap { part -> [String] in
            switch part {
            case .text(let text): [text]
            case .emphasis(_, let inner): plainText(in: inner)
            case .sayAs, .substitute, .pause: []
            }
        }
    }
}
