/// What the checks and the kiosk read from unit text: its words, its SSML marks, its placeholders.
public enum TranslationText {
    /// The words of parts as shown on screen: text, say-as and emphasis content, the spoken form of a `<sub>`.
    public static func plain(_ parts: [AudioPart]) -> String {
        parts.map(\.spokenText).joined().collapsingWhitespace()
    }

    /// `{name}` placeholders in an interface string, in order.
    public static func placeholders(_ text: String) -> [String] {
        var found: [String] = []
        var current: String? = nil
        for character in text {
            if character == "{" {
                current = ""
            } else if character == "}", let name = current {
                if !name.isEmpty { found.append(name) }
                current = nil
            } else if current != nil {
                if character.isLetter || character == "-" { current?.append(character) } else { current = nil }
            }
        }
        return found
    }

    /// The SSML marks of some text without its words, sorted: a translation may move them but must
    /// keep them all.
    public static func marks(_ parts: [AudioPart]) -> [String] {
        parts.flatMap(marks(of:)).sorted()
    }

    private static func marks(of part: AudioPart) -> [String] {
        switch part {
        case .text: []
        case .pause(let milliseconds): ["<break time=\"\(milliseconds)ms\"/>"]
        case .sayAs(let interpretAs, let format, _): ["<say-as interpret-as=\"\(interpretAs)\"\(format.map { " format=\"\($0)\"" } ?? "")>"]
        case .emphasis(let level, let parts): ["<emphasis level=\"\(level)\">"] + parts.flatMap(marks(of:))
        case .substitute: ["<sub>"]
        }
    }
}
