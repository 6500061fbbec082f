public import ProcedureModel

/// Readability per procedure and language: scores for the summary table, warnings for long sentences,
/// unexplained acronyms, and French prompts below the goal.
///
/// ```swift
/// let (reports, warnings) = ReadabilityChecker.check(library, locales: locales)
/// print(ReadabilityTable.render(reports))
/// ```
public enum ReadabilityChecker {
    /// The goal for French prompts: a median Kandel & Moles score of at least 70 per procedure.
    public static let goal = 70.0
    /// A sentence longer than this many words is flagged.
    public static let longSentence = 20

    /// French from the procedures, then each language that has a file for the procedure (its
    /// translated units only: untranslated ones are the translation check's to report).
    public static func check(
        _ library: ProcedureLibrary, locales: [LocaleTranslations] = []
    ) -> (reports: [ReadabilityReport], diagnostics: [Diagnostic]) {
        let glossary = Set(library.glossary.values.map(\.abbreviation))
        var reports: [ReadabilityReport] = []
        var diagnostics: [Diagnostic] = []
        for procedure in library.procedures {
            let french = screenTexts(of: procedure).map {
                ReadableText(id: $0.id, text: TranslationText.plain($0.parts), file: procedure.file, location: $0.location)
            }
            let (report, warnings) = ReadabilityReport.make(procedure: procedure.id, language: procedure.language, texts: french, glossary: glossary)
            reports.append(report)
            diagnostics += warnings + goalWarning(report, procedure: procedure)
            for locale in locales.sorted(by: { $0.language < $1.language }) {
                guard let file = locale.procedure(procedure.id) else { continue }
                let catalogue = TranslationCatalogue(file)
                let texts = screenTexts(of: procedure).compactMap { source -> ReadableText? in
                    guard let target = catalogue.target(source.id), let unit = catalogue.unit(source.id) else { return nil }
                    return ReadableText(id: source.id, text: TranslationText.plain(target), file: file.path, location: unit.translationLocation)
                }
                let (report, warnings) = ReadabilityReport.make(procedure: procedure.id, language: locale.language, texts: texts, glossary: glossary)
                reports.append(report)
                diagnostics += warnings
            }
        }
        return (reports, diagnostics)
    }

    /// What a person reads: every unit but the spoken ones.
    static func screenTexts(of procedure: Procedure) -> [SourceText] {
        procedure.sourceTexts.filter { !$0.isAudio }
    }

    private static func goalWarning(_ report: ReadabilityReport, procedure: Procedure) -> [Diagnostic] {
        guard let median = report.medianKandelMoles, median < goal else { return [] }
        return [
            Diagnostic(
                .hardToRead, file: procedure.file, location: procedure.location, severity: .warning,
                message:
                    "the prompts' median Kandel & Moles score is \(ReadabilityTable.format(median)), below the goal of \(Int(goal)): use shorter sentences and shorter words"
            )
        ]
    }
}
