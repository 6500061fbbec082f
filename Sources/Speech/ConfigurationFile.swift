import Foundation

/// The file as written: `about` is free text for people who open it, since JSON has no comments.
struct ConfigurationFile: Decodable {
    var voices: [String: VoiceSettings]

    private enum CodingKeys: String, CodingKey, CaseIterable { case about, voices }

    init(from decoder: any Decoder) throws {
        try rejectUnknownKeys(in: decoder, expected: CodingKeys.allCases.map(\.rawValue))
        voices = try decoder.container(keyedBy: CodingKeys.self).decode([String: VoiceSettings].self, forKey: .voices)
        if voices.isEmpty {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: [CodingKeys.voices], debugDescription: "\"voices\" names no locale"))
        }
    }
}

extension VoiceSettings {
    private enum CodingKeys: String, CodingKey, CaseIterable { case voice, rate, pitch, wordGap, preferred }

    /// Every field is required but `wordGap` (0 when absent, espeak-ng's own) and `preferred` (none), and
    /// no other is allowed: a misspelt "pich" must not pass unnoticed.
    public init(from decoder: any Decoder) throws {
        try rejectUnknownKeys(in: decoder, expected: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            voice: try container.decode(String.self, forKey: .voice),
            rate: try Self.wholeNumber(.rate, in: container),
            pitch: try Self.wholeNumber(.pitch, in: container),
            wordGap: container.contains(.wordGap) ? try Self.wholeNumber(.wordGap, in: container) : 0,
            preferred: try container.decodeIfPresent([VoiceSettings].self, forKey: .preferred) ?? [])
    }

    /// Read as a number, then checked whole: Foundation on Linux reports 130.5 read as an `Int` as
    /// "not valid JSON", with no key to name.
    private static func wholeNumber(_ key: CodingKeys, in container: KeyedDecodingContainer<CodingKeys>) throws -> Int {
        let number = try container.decode(Double.self, forKey: key)
        guard let whole = Int(exactly: number) else {
            throw DecodingError.typeMismatch(
                Int.self,
                .init(
                    codingPath: container.codingPath + [key], debugDescription: "not a whole number"))
        }
        return whole
    }
}

/// Any key of a JSON object, to list the ones a type does not know.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

func rejectUnknownKeys(in decoder: any Decoder, expected: [String]) throws {
    let keys = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
    if let unknown = keys.filter({ !expected.contains($0) }).sorted().first {
        let list = expected.map(\.debugDescription).joined(separator: ", ")
        throw DecodingError.dataCorrupted(
            .init(
                codingPath: decoder.codingPath, debugDescription: "unknown key \(unknown.debugDescription); expected \(list)"))
    }
}

extension DecodingError {
    /// Where in the file and what is wrong, in the words of the file rather than of Swift's types.
    var explanation: String {
        switch self {
        case .keyNotFound(let key, let context):
            return place(context.codingPath) + "missing \(key.stringValue.debugDescription)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return place(context.codingPath) + expectation(context.codingPath.last?.stringValue)
        case .dataCorrupted(let context):
            if context.debugDescription.hasPrefix("unknown key") || context.debugDescription.hasPrefix("\"voices\"") {
                return place(context.codingPath) + context.debugDescription
            }
            return place(context.codingPath) + expectation(context.codingPath.last?.stringValue)
        @unknown default:
            return "not a voice configuration"
        }
    }

    private func place(_ path: [any CodingKey]) -> String {
        // voices.<locale>.<field>: name the locale, as the rest of the file's errors do.
        guard path.count >= 2, path[0].stringValue == "voices" else { return "" }
        return "locale \(path[1].stringValue.debugDescription): "
    }

    private func expectation(_ key: String?) -> String {
        switch key {
        case "voice": "\"voice\" must be an espeak-ng voice name"
        case "rate": "\"rate\" must be a whole number of words per minute"
        case "pitch": "\"pitch\" must be a whole number from 0 to 99"
        case "wordGap": "\"wordGap\" must be a whole number of tens of milliseconds"
        case "voices": "\"voices\" must map each locale to its voice, rate and pitch"
        default: "expected an object with \"voice\", \"rate\" and \"pitch\""
        }
    }
}
