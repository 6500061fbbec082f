import ArgumentParser
import Foundation
import KioskWords
import ProcedureModel
import ProcedureXML
import Speech

/// What `audio render` and `audio status` share: which prompts, in which locales, with which voices, where.
struct AudioOptions: ParsableArguments {
    @Argument(help: "Procedure files or folders (searched for *.xml).")
    var paths: [String] = ["procedures"]

    @Option(name: .customLong("lang"), help: "Locales, comma-separated (default: every locale with prompts).")
    var languages: String?

    @Option(help: "Folder of rendered audio.")
    var out = "audio"

    @Option(help: "Folder of human recordings: <lang>/<procedure>/<step>[.<choice>].wav|mp3|ogg.")
    var recordings = "recordings"

    @Option(help: "Folder of translations: <lang>/*.xlf.")
    var locales = "locales"

    @Option(help: "Voice configuration.")
    var voices = SpeechConfiguration.standardPath

    @Option(help: "The espeak-ng program (default: ARIANE_ESPEAK, else espeak-ng on PATH).")
    var espeak: String?

    var requestedLocales: [String]? {
        languages.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    /// The prompts to speak, the library that finds their sound (having said once if espeak-ng is missing),
    /// and the requested locales that have no prompts yet; or the reasons it cannot start, and exit.
    func prepare() throws -> (items: [SpokenItem], library: AudioLibrary, untranslated: [String]) {
        let (procedures, problems) = try ProcedureLoader().loadLibrary(paths)
        Console.report(problems)
        if problems.hasErrors { throw ExitCode.failure }
        let configuration: SpeechConfiguration
        do {
            configuration = try SpeechConfiguration.load(from: URL(fileURLWithPath: voices))
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        let spokenOnly: [SpokenOnlyLanguage]
        do {
            spokenOnly = try SpokenOnlyLanguage.load(localesFolder: locales)
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        let all = try spokenItems(in: procedures, spokenOnly: spokenOnly)
        let wanted =
            requestedLocales
            ?? all.reduce(into: [String]()) { seen, item in
                if !seen.contains(item.locale) { seen.append(item.locale) }
            }
        // A spoken-only language has no voice by nature: only recordings.
        let spokenCodes = Set(spokenOnly.map(\.code))
        let unvoiced = wanted.filter { configuration.voice(for: $0) == nil && !spokenCodes.contains($0) }
        if !unvoiced.isEmpty {
            Console.error("\(voices): error: no voice for \(unvoiced.map(\.debugDescription).joined(separator: ", "))")
            throw ExitCode.failure
        }
        let items = all.filter { wanted.contains($0.locale) }
        var library = AudioLibrary(
            configuration: configuration, cacheDirectory: URL(fileURLWithPath: out),
            recordings: Recordings(folder: URL(fileURLWithPath: recordings)), espeak: .locate(path: espeak),
            warn: Console.error)
        library.spokenOnly = spokenCodes
        return (items, library, wanted.filter { locale in !items.contains { $0.locale == locale } })
    }

    /// The items in the procedures' own language, then in each translation's, then in each spoken-only
    /// language (read from the French, with the kiosk's own words).
    private func spokenItems(in procedures: ProcedureLibrary, spokenOnly: [SpokenOnlyLanguage]) throws -> [SpokenItem] {
        let (translations, problems) = TranslationLoader.loadAll(from: locales)
        Console.report(problems)
        if problems.hasErrors { throw ExitCode.failure }
        // The model keeps no language for the directory files; they are written beside the procedures, in
        // the procedures' language.
        let original = SpokenItem.items(in: procedures, directoryLocale: procedures.procedures.first?.language ?? "fr")
        return original + translations.flatMap { SpokenItem.items(in: procedures, translatedInto: $0) }
            + spokenOnly.flatMap { SpokenItem.items(in: procedures, recordedIn: $0.code, words: KioskSpokenWords.french) }
    }

    /// Prints one line per locale, then the requested locales that have no prompts; a failure is printed
    /// as an error and ends the command with failure.
    func printLines(_ lines: () async throws(SpeechError) -> [String], untranslated: [String]) async throws {
        do {
            for line in try await lines() { Console.out(line) }
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        for locale in untranslated {
            Console.out("\(locale): nothing translated yet")
        }
    }
}
