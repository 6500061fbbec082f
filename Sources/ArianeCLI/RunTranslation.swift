import ArgumentParser
import ProcedureModel
import ProcedureXML

extension Run {
    /// The library in `language`: the procedure's own language as it is, another one from
    /// `<locales>/<language>/`, French wherever a string is not translated (listed on standard error).
    func translatedOrExit(_ library: ProcedureLibrary, into language: String) throws -> ProcedureLibrary {
        guard let procedure = library.procedures.first, language != procedure.language else { return library }
        let (locale, problems) = TranslationLoader.load(language, from: locales)
        guard locale.procedure(procedure.id) != nil else {
            Console.error("error: '\(procedure.id)' is written in '\(procedure.language)' and has no '\(language)' translation yet")
            throw ExitCode(2)
        }
        if problems.contains(where: { $0.severity == .error }) {
            Console.report(problems)
            throw ExitCode.failure
        }
        // Only the directory entries this procedure uses are worth a mention.
        let used = Set(
            procedure.steps.flatMap { $0.documents.map { "documents:document.\($0.id)." } + $0.helpPoints.map { "help-points:help-point.\($0.id)." } })
        let (result, fellBack) = translated(library, with: locale)
        let missing = fellBack.filter { id in id.hasPrefix("\(procedure.id):") || used.contains { id.hasPrefix($0) } }
            .map { String($0.drop(while: { $0 != ":" }).dropFirst()) }
        TerminalText.use(locale.catalogue(LocaleTranslations.SharedFile.interface.rawValue))
        if !missing.isEmpty {
            Console.error(
                "note: \(Console.plural(missing.count, "text")) not translated into \(LanguageName.of(language)) yet, shown in French: \(missing.prefix(5).joined(separator: ", "))\(missing.count > 5 ? ", …" : "")"
            )
        }
        return result
    }
}
