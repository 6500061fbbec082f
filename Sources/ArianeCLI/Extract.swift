import ArgumentParser
import Foundation
import KioskWords
import ProcedureModel
import ProcedureXML

/// `ariane extract`: creates or updates the XLIFF files translators work on.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create or update the translation files (XLIFF 1.2) under locales/<lang>/.",
        discussion: """
            Keeps existing translations, adds new strings (state="new"), marks strings whose French changed
            (state="needs-review-translation") and removes strings that are gone. See docs/translations.md.
            """
    )

    @Option(name: .customLong("lang"), help: "A language to extract for (repeatable). Default: every folder under --locales, plus en and ar.")
    var languages: [String] = []

    @Option(help: "The folder of translations.")
    var locales: String = "locales"

    @Argument(help: "Procedure files or folders (searched for *.xml).")
    var paths: [String] = ["procedures"]

    func run() throws {
        let (library, problems) = try ProcedureLoader().loadLibrary(paths)
        Console.report(problems)
        guard problems.isEmpty else {
            Console.error("error: nothing extracted: fix the procedures first")
            throw ExitCode.failure
        }
        let wanted = languages.isEmpty ? Array(Set(TranslationLoader.languages(in: locales) + ["en", "ar"])).sorted() : languages
        for language in wanted {
            guard language.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }), !language.isEmpty else {
                Console.error("error: '\(language)' is not a language code (for example en, ar, pt-BR)")
                throw ExitCode(2)
            }
            try extract(library, language: language)
        }
    }

    private func extract(_ library: ProcedureLibrary, language: String) throws {
        let (locale, problems) = TranslationLoader.load(language, from: locales)
        if !problems.filter({ $0.severity == .error }).isEmpty {
            Console.report(problems)
            Console.error("error: \(locale.folder) not updated: fix these files first, so no translation is lost")
            throw ExitCode.failure
        }
        try FileManager.default.createDirectory(atPath: locale.folder, withIntermediateDirectories: true)
        for procedure in library.procedures {
            try write(procedure.id, texts: procedure.sourceTexts, original: procedure.file, locale: locale, sourceLanguage: procedure.language)
        }
        let shared: [(LocaleTranslations.SharedFile, [SourceText], String?)] = [
            (.documents, DirectoryTexts.documents(library.documents), library.documentsFile),
            (.helpPoints, DirectoryTexts.helpPoints(library.helpPoints), library.helpPointsFile),
            (.glossary, DirectoryTexts.glossary(library.glossary), library.glossaryFile),
            (.interface, TerminalText.sourceTexts + KioskText.sourceTexts, "interface"),
        ]
        for (name, texts, original) in shared where !texts.isEmpty {
            try write(name.rawValue, texts: texts, original: original ?? name.rawValue, locale: locale, sourceLanguage: "fr")
        }
    }

    private func write(_ name: String, texts: [SourceText], original: String, locale: LocaleTranslations, sourceLanguage: String) throws {
        let path = locale.path(of: name)
        let (file, summary) = XliffUpdate.update(
            locale.files[name], with: texts, path: path, original: Self.tidy(original),
            sourceLanguage: sourceLanguage, targetLanguage: locale.language)
        let text = XliffWriter.document(file)
        let before = try? String(contentsOfFile: path, encoding: .utf8)
        if before == text {
            Console.out("\(path): unchanged")
            return
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        Console.out("\(path): \(summary)")
    }

    /// `./procedures/css.xml` → `procedures/css.xml`: the same `original` however the path was typed.
    static func tidy(_ path: String) -> String {
        var tidy = path
        while tidy.hasPrefix("./") { tidy.removeFirst(2) }
        return tidy
    }
}
