import Foundation

/// What a procedure needs from a place: any of these services, organisations or labels, and
/// optionally a language spoken or step-free access.
public struct PlaceNeed: Sendable, Equatable {
    /// Words matched, without regard to case or accents, against a place's services, organisations and labels
    /// ("aide aux démarches administratives", "CAF", "France Services"); empty means any place.
    public var anyOf: [String]
    /// An ISO 639 code the place must list among its languages.
    public var language: String?
    /// Only places that link an accessibility sheet (Acceslibre).
    public var accessible: Bool

    public init(anyOf: [String] = [], language: String? = nil, accessible: Bool = false) {
        self.anyOf = anyOf
        self.language = language
        self.accessible = accessible
    }

    public func isMet(by place: Place) -> Bool {
        if let language, !place.languages.contains(language.lowercased()) { return false }
        if accessible, place.accessibility == nil { return false }
        guard !anyOf.isEmpty else { return true }
        let offered = (place.services + place.organisations + place.labels).map(Self.folded)
        return anyOf.map(Self.folded).contains { wanted in offered.contains { $0.contains(wanted) } }
    }

    /// Lower case, without accents, hyphens as spaces: "Démarches-administratives" finds "demarches administratives".
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR")).replacingOccurrences(of: "-", with: " ")
    }
}
