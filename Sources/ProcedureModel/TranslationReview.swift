/// Whether a native speaker has read a language's translations: the kiosk says so on every screen of
/// a language not fully read, because a resident should know the words may be wrong.
public struct TranslationReview: Sendable, Hashable {
    /// The language folder, `en`.
    public var language: String
    /// The `.xlf` files of the language.
    public var files: Int
    /// Files whose every unit is `final`, `signed-off` or `approved="yes"`.
    public var reviewedFiles: Int
    /// Units translated (whatever their review) and units of the language in all.
    public var translatedUnits: Int
    public var units: Int
    /// The file-level notes, once each: who made the translations ("Traduit par l'équipe Ariane (outil d'IA), non relu").
    public var madeBy: [String]

    /// Every file read and accepted by a reviewer.
    public var isReviewed: Bool { files > 0 && reviewedFiles == files }
}

extension TranslationFile {
    /// Every unit read and accepted; a file with no unit has nothing to vouch for and is not reviewed.
    public var isReviewed: Bool {
        !units.isEmpty && units.allSatisfy(\.isReviewed)
    }
}

extension LocaleTranslations {
    public var review: TranslationReview {
        let all = files.keys.sorted().compactMap { files[$0] }
        var madeBy: [String] = []
        for note in all.flatMap(\.notes) where !madeBy.contains(note.text) {
            madeBy.append(note.text)
        }
        return TranslationReview(
            language: language, files: all.count, reviewedFiles: all.filter(\.isReviewed).count,
            translatedUnits: all.flatMap(\.units).filter { $0.status == .translated }.count,
            units: all.map(\.units.count).reduce(0, +), madeBy: madeBy)
    }
}
