/// What the kiosk says aloud for a prompt: a small subset of SSML.
///
/// Written separately from the on-screen text because what is heard is not what is read:
/// "Touchez le bouton vert" works aloud, a list of six bullet points does not.
public struct AudioScript: Sendable, Hashable, Codable {
    public var parts: [AudioPart]
    public var location: SourceLocation

    public init(parts: [AudioPart], location: SourceLocation = .unknown) {
        self.parts = parts
        self.location = location
    }

    /// The words that will be spoken, with pauses left out: for terminals and for word counts.
    public var spokenText: String {
        parts.map(\.spokenText).joined().collapsingWhitespace()
    }

    /// The script as an SSML fragment (without the `<speak>` wrapper), for speech engines.
    public var ssml: String {
        parts.map(\.ssml).joined()
    }
}

/// One piece of an audio script.
public indirect enum AudioPart: Sendable, Hashable, Codable {
    case text(String)
    /// `<break time="300ms"/>`: a pause, so a listener has time to look at the screen.
    case pause(milliseconds: Int)
    /// `<say-as interpret-as="characters">CAF</say-as>`: read a token a particular way.
    case sayAs(interpretAs: String, format: String?, text: String)
    /// `<emphasis level="strong">`: stress a few words.
    case emphasis(level: String, parts: [AudioPart])
    /// `<sub alias="Caisse d'allocations familiales">CAF</sub>`: say something else than what is written.
    case substitute(alias: String, written: String)

    public var spokenText: String {
        switch self {
        case .text(let text): text
        case .pause: " "
        case .sayAs(_, _, let text): text
        case .emphasis(_, let parts): parts.map(\.spokenText).joined()
        case .substitute(let alias, _): alias
        }
    }

    public var ssml: String {
        switch self {
        case .text(let text):
            return text.xmlEscaped
        case .pause(let ms):
            return "<break time=\"\(ms)ms\"/>"
        case .sayAs(let interpretAs, let format, let text):
            let formatAttribute = format.map { " format=\"\($0.xmlEscaped)\"" } ?? ""
            return "<say-as interpret-as=\"\(interpretAs.xmlEscaped)\"\(formatAttribute)>\(text.xmlEscaped)</say-as>"
        case .emphasis(let level, let parts):
            return "<emphasis level=\"\(level.xmlEscaped)\">\(parts.map(\.ssml).joined())</emphasis>"
        case .substitute(let alias, let written):
            return "<sub alias=\"\(alias.xmlEscaped)\">\(written.xmlEscaped)</sub>"
        }
    }
}

extension String {
    /// Escapes the five characters XML reserves, for text and attribute values.
    public var xmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for character in self {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Runs of spaces, tabs and newlines become one space; ends are trimmed.
    public func collapsingWhitespace() -> String {
        split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
