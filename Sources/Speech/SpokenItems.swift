public import ProcedureModel

extension SpokenItem {
    /// Every prompt and choice with an audio script, and every help text, in each procedure's own language.
    ///
    /// This is the seam for translations: a translated procedure gives items with the same names in its
    /// own locale, and everything downstream (rendering, recordings, status) works per item whatever its
    /// locale.
    /// Help texts are read as written, their acronyms spelled but those in `saidAsWords` (``TextReadAloud``).
    public static func items(in procedures: [Procedure], saidAsWords: Set<String> = []) -> [SpokenItem] {
        procedures.flatMap { procedure in
            procedure.steps.flatMap { step in
                let base = "\(procedure.id)/\(step.id)"
                return spoken(step.prompt, named: base, locale: procedure.language, saidAsWords: saidAsWords)
                    + step.choices.flatMap {
                        spoken($0.prompt, named: "\(base).\($0.value)", locale: procedure.language, saidAsWords: saidAsWords)
                    }
            }
        }
    }

    /// The procedures' items, then the documents, help points and glossary terms of the shared
    /// directories, which are written in `directoryLocale`.
    public static func items(in library: ProcedureLibrary, directoryLocale: String) -> [SpokenItem] {
        let saidAsWords = library.acronymsSaidAsWords
        func entries(_ folder: String, _ prompts: [(id: String, prompt: Prompt)]) -> [SpokenItem] {
            prompts.sorted { $0.id < $1.id }.flatMap {
                spoken($0.prompt, named: "\(folder)/\($0.id)", locale: directoryLocale, saidAsWords: saidAsWords)
            }
        }
        return items(in: library.procedures, saidAsWords: saidAsWords)
            + entries("documents", library.documents.values.map { ($0.id, $0.prompt) })
            + entries("help-points", library.helpPoints.values.map { ($0.id, $0.prompt) })
            + entries("glossary", library.glossary.values.map { ($0.id, $0.prompt) })
    }

    /// A prompt's audio script, and its help text (`<name>/help`), read as written.
    private static func spoken(_ prompt: Prompt, named name: String, locale: String, saidAsWords: Set<String>) -> [SpokenItem] {
        let script = prompt.audio.map { SpokenItem(locale: locale, name: name, script: $0) }
        let help = prompt.help.map {
            SpokenItem(locale: locale, name: "\(name)/help", script: TextReadAloud.script($0, saidAsWords: saidAsWords, location: prompt.location))
        }
        return [script, help].compactMap { $0 }
    }
}
