public import ProcedureModel

/// The translation checks of `ariane check`, per language found under `locales/`.
///
/// Errors: a translation that drops or adds an SSML mark or a `{placeholder}` of the French (it would
/// speak or show the wrong thing). Warnings: a missing file, units missing or left over (run
/// `ariane extract`), untranslated strings (one warning per file), outdated translations, strings
/// shown translated but spoken in French, and Arabic audio espeak-ng would misread (``ArabicAudio``);
/// one warning per unit, at its `<target>`.
public enum TranslationChecker {
    public static func check(
        _ library: ProcedureLibrary, locales: [LocaleTranslations], interface: [SourceText] = []
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for locale in locales {
            for procedure in library.procedures {
                diagnostics += check(
                    locale.procedure(procedure.id), expected: procedure.sourceTexts, locale: locale, name: procedure.id,
                    french: procedure.file, frenchLocation: procedure.location)
            }
            let shared: [(LocaleTranslations.SharedFile, [SourceText], String?)] = [
                (.documents, DirectoryTexts.documents(library.documents), library.documentsFile),
                (.helpPoints, DirectoryTexts.helpPoints(library.helpPoints), library.helpPointsFile),
                (.glossary, DirectoryTexts.glossary(library.glossary), library.glossaryFile),
                (.interface, interface, nil),
            ]
            for (name, expected, french) in shared where !expected.isEmpty {
                diagnostics += check(
                    locale.shared(name), expected: expected, locale: locale, name: name.rawValue,
                    french: french ?? locale.path(of: name.rawValue), frenchLocation: SourceLocation(line: 1, column: 1))
            }
            diagnostics += TermConsistency.check(locale)
        }
        return diagnostics.sortedByPlaceStably()
    }

    private static func check(
        _ file: TranslationFile?, expected: [SourceText], locale: LocaleTranslations, name: String,
        french: String, frenchLocation: SourceLocation
    ) -> [Diagnostic] {
        let language = LanguageName.of(locale.language)
        guard let file else {
            return [
                Diagnostic(
                    .missingTranslationFile, file: french, location: frenchLocation, severity: .warning,
                    message: "no \(language) translation file \(locale.path(of: name)): run `ariane extract --lang \(locale.language)`")
            ]
        }
        var diagnostics: [Diagnostic] = []
        func warning(_ rule: CheckRule, _ message: String, at location: SourceLocation) {
            diagnostics.append(Diagnostic(rule, file: file.path, location: location, severity: .warning, message: message))
        }
        let expectedIDs = Set(expected.map(\.id))
        // `TranslationFile.unit(_:)` searches the list: once per expected string, that is quadratic.
        let unitByID = Dictionary(file.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let stale = expected.filter { text in
            guard let unit = unitByID[text.id] else { return true }
            return TranslationText.plain(unit.source) != TranslationText.plain(text.parts)
                || TranslationText.marks(unit.source) != TranslationText.marks(text.parts)
        }
        let leftOver = file.units.filter { !expectedIDs.contains($0.id) }
        if !stale.isEmpty {
            warning(
                .translationFileOutOfDate,
                "\(count(stale.count, "string")) of the French \(stale.count == 1 ? "has" : "have") no unit or changed since this file was written (\(quotedList(stale.map(\.id)))): run `ariane extract --lang \(locale.language)`",
                at: file.location)
        }
        if !leftOver.isEmpty {
            warning(
                .unitsNoLongerInFrench,
                "\(count(leftOver.count, "unit")) no longer in the French (\(quotedList(leftOver.map(\.id)))): run `ariane extract --lang \(locale.language)` to remove them",
                at: file.location)
        }
        var untranslated: [TranslationUnit] = []
        for text in expected {
            guard let unit = unitByID[text.id] else { continue }
            switch unit.status {
            case .untranslated:
                if let textID = text.textID, let shown = unitByID[textID], shown.status != .untranslated {
                    warning(
                        .spokenInFrench, "\(text.id.quoted) is shown in \(language) but spoken in French: translate the audio too", at: unit.translationLocation
                    )
                } else {
                    untranslated.append(unit)
                }
            case .outdated:
                warning(
                    .outdatedTranslation, "\(text.id.quoted): the French changed since this was translated; review it, then set state=\"translated\"",
                    at: unit.translationLocation)
                diagnostics += markProblems(unit, file: file)
            case .translated:
                diagnostics += markProblems(unit, file: file)
                if text.isAudio, let target = unit.target {
                    let arabic = ArabicAudio.applies(to: locale.language)
                    for problem in arabic ? ArabicAudio.problems(in: target) : [] {
                        warning(.arabicAudio, "\(text.id.quoted): \(problem)", at: unit.translationLocation)
                    }
                    // In Arabic audio, Latin capitals are already reported above, with the Arabic fix.
                    for problem in AudioWrittenForms.problems(in: target) where !(arabic && problem.rule == .acronymInAudio) {
                        warning(problem.rule, "\(text.id.quoted): \(problem.message)", at: unit.translationLocation)
                    }
                }
            }
        }
        if let first = untranslated.first {
            warning(
                .untranslatedStrings,
                "\(untranslated.count) of \(expected.count) strings not translated into \(language) yet (\(quotedList(untranslated.map(\.id))))",
                at: first.translationLocation)
        }
        return diagnostics
    }

    /// A translation must keep the French's SSML marks and `{placeholders}`, in any order; it may say a
    /// spelled-out acronym in its own letters instead (``Acronym/spellingMarks(in:)``).
    private static func markProblems(_ unit: TranslationUnit, file: TranslationFile) -> [Diagnostic] {
        guard let target = unit.target else { return [] }
        let expected = TranslationText.marks(unit.source) + TranslationText.placeholders(TranslationText.plain(unit.source)).map { "{\($0)}" }.sorted()
        let found = TranslationText.marks(target) + TranslationText.placeholders(TranslationText.plain(target)).map { "{\($0)}" }.sorted()
        guard expected != found else { return [] }
        let missing = difference(difference(expected, found), Acronym.spellingMarks(in: unit.source))
        let extra = difference(found, expected)
        if missing.isEmpty && extra.isEmpty { return [] }
        let parts =
            (missing.isEmpty ? [] : ["missing \(missing.joined(separator: " "))"])
            + (extra.isEmpty ? [] : ["not in the French: \(extra.joined(separator: " "))"])
        return [
            Diagnostic(
                .translationMarks, file: file.path, location: unit.translationLocation, severity: .error,
                message: "\(unit.id.quoted): the translation must keep the marks of the French (\(parts.joined(separator: "; ")))")
        ]
    }

    /// `a` minus `b`, counting repeats: two pauses in the French and one in the translation leave one.
    private static func difference(_ a: [String], _ b: [String]) -> [String] {
        var remaining = b
        return a.filter { item in
            guard let index = remaining.firstIndex(of: item) else { return true }
            remaining.remove(at: index)
            return false
        }
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
