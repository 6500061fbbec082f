/// Where a translation unit stands, as XLIFF 1.2 writes it in `<target state="…">`.
///
/// Any value is kept as read (tools may write `x-` values); Ariane reads three things from it:
/// untranslated, outdated, or done.
public struct TranslationState: RawRepresentable, Sendable, Hashable, Codable {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Written by `ariane extract` for a unit nobody has translated yet.
    public static let new = TranslationState(rawValue: "new")
    public static let needsTranslation = TranslationState(rawValue: "needs-translation")
    /// Written by `ariane extract` when the French changed under an existing translation.
    public static let needsReviewTranslation = TranslationState(rawValue: "needs-review-translation")
    public static let translated = TranslationState(rawValue: "translated")
    public static let signedOff = TranslationState(rawValue: "signed-off")
    public static let final = TranslationState(rawValue: "final")

    /// `new` and `needs-translation`: nothing usable yet.
    public var isUntranslated: Bool { self == .new || self == .needsTranslation }
    /// `needs-review-translation`, `needs-review-adaptation`, `needs-review-l10n`: the source moved on.
    public var isOutdated: Bool { rawValue.hasPrefix("needs-review-") }
}

/// A `<note>` on a unit: `from="ariane"` notes are rewritten by `ariane extract`, others are kept.
public struct TranslationNote: Sendable, Hashable, Codable {
    public var from: String?
    public var text: String

    public init(from: String? = nil, text: String) {
        self.from = from
        self.text = text
    }

    public static let arianeAuthor = "ariane"
}

/// One `<trans-unit>`: a French string, its translation, and where both stand.
///
/// Text is kept as ``AudioPart``s so that the SSML marks of audio units survive the round trip;
/// on-screen units hold plain `.text` parts only.
public struct TranslationUnit: Sendable, Hashable, Codable, Identifiable {
    public enum Status: Sendable, Hashable { case untranslated, outdated, translated }

    public var id: String
    public var source: [AudioPart]
    /// `nil` when the file has no `<target>`; an empty array for an empty one.
    public var target: [AudioPart]?
    public var state: TranslationState?
    /// `approved="yes"`, as Weblate writes it for reviewed strings.
    public var isApproved: Bool
    public var notes: [TranslationNote]
    /// The `<trans-unit>` start tag, and the `<target>` one when there is a target.
    public var location: SourceLocation
    public var targetLocation: SourceLocation?

    public init(
        id: String, source: [AudioPart], target: [AudioPart]? = nil, state: TranslationState? = nil,
        isApproved: Bool = false, notes: [TranslationNote] = [], location: SourceLocation = .unknown,
        targetLocation: SourceLocation? = nil
    ) {
        self.id = id
        self.source = source
        self.target = target
        self.state = state
        self.isApproved = isApproved
        self.notes = notes
        self.location = location
        self.targetLocation = targetLocation
    }

    /// Untranslated without a non-empty target or with state `new`/`needs-translation`; outdated with a
    /// `needs-review-*` state; translated otherwise (a target without a state counts as translated).
    public var status: Status {
        guard let target, !TranslationText.plain(target).isEmpty else { return .untranslated }
        if let state, state.isUntranslated { return .untranslated }
        if let state, state.isOutdated { return .outdated }
        return .translated
    }

    /// Read and accepted by a reviewer: `final` or `signed-off`, or `approved="yes"` as Weblate marks it.
    public var isReviewed: Bool {
        status == .translated && (state == .final || state == .signedOff || isApproved)
    }

    /// Where a diagnostic about the translation should point.
    public var translationLocation: SourceLocation { targetLocation ?? location }
}

/// One `.xlf` file: the translations of one procedure, directory, glossary or the interface.
public struct TranslationFile: Sendable, Hashable, Codable {
    /// The `.xlf` file, for diagnostics.
    public var path: String
    /// `original=`: the French file the units come from, e.g. `procedures/css.xml`.
    public var original: String
    public var sourceLanguage: String
    public var targetLanguage: String
    public var units: [TranslationUnit]
    /// The `<note>`s of the file's `<header>`: who translated the file and whether anyone read it since
    /// (docs/translations.md, "Review status"). Kept as written by `ariane extract`.
    public var notes: [TranslationNote]
    /// The `<file>` start tag.
    public var location: SourceLocation

    public init(
        path: String, original: String, sourceLanguage: String = "fr", targetLanguage: String,
        units: [TranslationUnit] = [], notes: [TranslationNote] = [], location: SourceLocation = .unknown
    ) {
        self.path = path
        self.original = original
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.units = units
        self.notes = notes
        self.location = location
    }

    public func unit(_ id: String) -> TranslationUnit? {
        units.first { $0.id == id }
    }
}

/// The translations of one file, looked up by unit id: what the kiosk and `ariane run` use.
public struct TranslationCatalogue: Sendable {
    public let language: String
    private let units: [String: TranslationUnit]

    public init(language: String, units: [TranslationUnit] = []) {
        self.language = language
        self.units = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public init(_ file: TranslationFile) {
        self.init(language: file.targetLanguage, units: file.units)
    }

    public func unit(_ id: String) -> TranslationUnit? { units[id] }

    /// The translation to show, or `nil` to fall back to French.
    ///
    /// Outdated translations fall back too: the French changed, and the old translation may state a
    /// rule or an amount that is no longer true.
    public func target(_ id: String) -> [AudioPart]? {
        guard let unit = units[id], unit.status == .translated else { return nil }
        return unit.target
    }
}
