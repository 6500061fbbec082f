public import ProcedureModel

/// What `ariane extract` did to one `.xlf` file.
public struct XliffUpdateSummary: Sendable, Hashable, CustomStringConvertible {
    /// The file did not exist before.
    public var created: Bool
    public var added: Int
    /// Units whose French changed: marked `needs-review-translation` when they had a translation.
    public var changed: Int
    public var removed: Int

    public var description: String {
        created ? "created" : "updated: \(added) new, \(changed) changed, \(removed) removed"
    }
}

/// Brings a translation file up to date with the French, keeping every translation that still applies.
public enum XliffUpdate {
    /// The file as it should now be.
    ///
    /// - Units keep the order of `texts` (document order), so the file diffs cleanly.
    /// - A new string gets a unit with an empty `<target state="new"/>`.
    /// - A string whose French changed gets the new `<source>`; its translation is kept and marked
    ///   `needs-review-translation` (and no longer approved).
    /// - A unit whose string is gone is removed; version control keeps the old translation.
    /// - Notes written by Ariane (`from="ariane"`) are rewritten; translators' notes are kept.
    /// - The file's own notes (`<header>`: who translated it) are kept as they are.
    public static func update(
        _ existing: TranslationFile?, with texts: [SourceText], path: String, original: String,
        sourceLanguage: String = "fr", targetLanguage: String
    ) -> (file: TranslationFile, summary: XliffUpdateSummary) {
        var summary = XliffUpdateSummary(created: existing == nil, added: 0, changed: 0, removed: 0)
        let wanted = Set(texts.map(\.id))
        summary.removed = existing?.units.filter { !wanted.contains($0.id) }.count ?? 0
        let units = texts.map { text -> TranslationUnit in
            let source = XliffInline.normalized(text.parts)
            let ourNote = TranslationNote(from: TranslationNote.arianeAuthor, text: text.context)
            guard var unit = existing?.unit(text.id) else {
                summary.added += 1
                return TranslationUnit(id: text.id, source: source, target: [], state: .new, notes: [ourNote])
            }
            if XliffInline.markup(unit.source) != XliffInline.markup(source) {
                summary.changed += 1
                unit.source = source
                if unit.status != .untranslated {
                    unit.state = .needsReviewTranslation
                    unit.isApproved = false
                }
            }
            unit.notes = [ourNote] + unit.notes.filter { $0.from != TranslationNote.arianeAuthor }
            return unit
        }
        let file = TranslationFile(
            path: path, original: original, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, units: units,
            notes: existing?.notes ?? [])
        return (file, summary)
    }

    /// `<source>` markup as written to the file, for comparisons in tests and tools.
    public static func markup(_ parts: [AudioPart]) -> String {
        XliffInline.markup(parts)
    }

}
