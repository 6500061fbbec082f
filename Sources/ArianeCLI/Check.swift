import ArgumentParser
import Foundation
import KioskWords
import ProcedureCheck
import ProcedureModel
import ProcedureXML
import Speech

/// `ariane check`: the static analysis, as `file:line:col: severity: message` lines, then the readability table.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Find unreachable steps, dead ends, loops without exit, unrouted choices, undefined variables, missing audio and scenarios, missing or outdated translations, and hard-to-read text.",
        discussion: "Exit status: 0 without errors (warnings allowed), 1 with errors."
    )

    @Argument(help: "Procedure files or folders (searched for *.xml).")
    var paths: [String] = ["procedures"]

    @Option(help: "The folder of translations, one subfolder per language.")
    var locales: String = "locales"

    @Option(help: "The folder of human recordings, checked for the spoken-only languages of locales/spoken-only.json.")
    var recordings: String = "recordings"

    @Option(help: "The day of the review, YYYY-MM-DD (default: today, UTC): sources checked more than 12 months before it are reported.")
    var today: String = Date().formatted(.iso8601.year().month().day())

    func validate() throws {
        guard today.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil else {
            throw ValidationError("--today takes a day written YYYY-MM-DD, such as 2026-12-06, not '\(today)'")
        }
    }

    func run() throws {
        let (library, loadProblems) = try ProcedureLoader().loadLibrary(paths)
        let (translations, translationProblems) = TranslationLoader.loadAll(from: locales)
        let readability = ReadabilityChecker.check(library, locales: translations)
        let problems =
            loadProblems + ProcedureChecker.check(library, today: today) + translationProblems
            + TranslationChecker.check(library, locales: translations, interface: TerminalText.sourceTexts + KioskText.sourceTexts)
            + readability.diagnostics + recordingDiagnostics(library)
        Console.report(problems)
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.filter { $0.severity == .warning }.count
        Console.out(
            "\(Console.plural(library.procedures.count, "procedure")) checked: \(Console.plural(errors, "error")), \(Console.plural(warnings, "warning"))")
        if !readability.reports.isEmpty {
            Console.out()
            Console.write(ReadabilityTable.render(readability.reports))
        }
        if !translations.isEmpty {
            Console.out()
            Console.write(ReviewStatusTable.render(translations.map(\.review)))
        }
        if errors > 0 { throw ExitCode.failure }
    }

    /// The spoken-only languages' prompts nobody has recorded yet (`missing-recording`), or why the
    /// declaration cannot be read.
    private func recordingDiagnostics(_ library: ProcedureLibrary) -> [Diagnostic] {
        let languages: [SpokenOnlyLanguage]
        do {
            languages = try SpokenOnlyLanguage.load(localesFolder: locales)
        } catch {
            return [Diagnostic(file: error.subject, location: .unknown, message: error.message)]
        }
        let folder = Recordings(folder: URL(fileURLWithPath: recordings))
        return languages.flatMap { language in
            let items = SpokenItem.items(in: library, recordedIn: language.code, words: KioskSpokenWords.french)
            let total = Dictionary(grouping: items, by: \.group).mapValues(\.count)
            let unrecorded = items.filter { folder.recording(for: $0) == nil }.map(\.name)
            return RecordingCoverage.check(
                language: language.code, unrecorded: unrecorded, total: total, in: library, recordingsFolder: recordings)
        }
    }
}
