import Foundation

/// What a procedure needs from a place: any of these services, organisations or labels, and
/// optionally a language spoken or step-free access.
public struct PlaceNeed: Sendable, Equatable {
    /// Words matched, without regard to case or accents, against a place's services, organisations and labels
    /// ("aide aux démarches administratives", "CAF", "France Services"), anywhere in them.
    public var anyOf: [String]
    /// Typology codes ("CCAS", "MUNI") a place's organisations must hold whole, without regard to case.
    public var typologies: [String]
    /// Words that must appear whole in a place's services, organisations or labels: "CAF" finds
    /// "Accueil CAF" but not "Café numérique", as ``anyOf`` would.
    public var words: [String]
    /// An ISO 639 code the place must list among its languages.
    public var language: String?
    /// Only places that link an accessibility sheet (Acceslibre).
    public var accessible: Bool

    /// With `anyOf`, `typologies` and `words` all empty, any place meets the need.
    public init(anyOf: [String] = [], typologies: [String] = [], words: [String] = [], language: String? = nil, accessible: Bool = false) {
        self.anyOf = anyOf
        self.typologies = typologies
        self.words = words
        self.language = language
        self.accessible = accessible
    }

    public func isMet(by place: Place) -> Bool {
        if let language, !place.languages.contains(language.lowercased()) { return false }
        if accessible, place.accessibility == nil { return false }
        guard !anyOf.isEmpty || !typologies.isEmpty || !words.isEmpty else { return true }
        let offered = (place.services + place.organisations + place.labels).map(Self.folded)
        if anyOf.map(Self.folded).contains(where: { wanted in offered.contains { $0.contains(wanted) } }) { return true }
        let codes = Set(place.organisations.map(Self.folded))
        if typologies.contains(where: { codes.contains(Self.folded($0)) }) { return true }
        let offeredWords = offered.map(Self.wordList)
        return words.map(Self.wordList).contains { wanted in
            !wanted.isEmpty && offeredWords.contains { Self.contains($0, wanted) }
        }
    }

    /// Lower case, without accents, hyphens as spaces: "Démarches-administratives" finds "demarches administratives".
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR")).replacingOccurrences(of: "-", with: " ")
    }

    /// The folded text's words: letters and digits, split at anything else (spaces, apostrophes, punctuation).
    static func wordList(_ text: String) -> [Substring] {
        folded(text).split { !$0.isLetter && !$0.isNumber }
    }

    /// Whether `words` holds `run` as consecutive words.
    static func contains(_ words: [Substring], _ run: [Substring]) -> Bool {
        guard run.count <= words.count else { return false }
        return (0...(words.count - run.count)).contains { start in words[start..<(start + run.count)].elementsEqual(run) }
    }
}
