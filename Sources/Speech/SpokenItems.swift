public import ProcedureModel

extension SpokenItem {
    /// Every prompt and choice with an audio script, and every help text, in each procedure's own language.
    ///
    /// This is the seam for translations: a translated procedure gives items with the same names in its
    /// own locale, and everything downstream (rendering, recordings, status) works per item whatever its
    /// locale.
    public static func items(in procedures: [Procedure]) -> [SpokenItem] {
        procedures.flatMap { procedure in
            procedure.steps.flatMap { step in
                let base = "\(procedure.id)/\(step.id)"
                return spoken(step.prompt, named: base, locale: procedure.language)
                    + step.choices.flatMap { spoken($0.prompt, named: "\(base).\($0.value)", locale: procedure.language) }
            }
        }
    }

    /// The procedures' items, then the documents and help points of the shared directories, which are
    /// written in `directoryLocale`.
    public static func items(in library: ProcedureLibrary, directoryLocale: String) -> [SpokenItem] {
        let documents = library.documents.values.sorted { $0.id < $1.id }.flatMap {
            spoken($0.prompt, named: "documents/\($0.id)", locale: directoryLocale)
        }
        let helpPoints = library.helpPoints.values.sorted { $0.id < $1.id }.flatMap {
            spoken($0.prompt, named: "help-points/\($0.id)", locale: directoryLocale)
        }
        return items(in: library.procedures) + documents + helpPoints
    }

    /// A prompt's audio script, and its help text (`<name>/help`), spoken as written.
    private static func spoken(_ prompt: Prompt, named name: String, locale: String) -> [SpokenItem] {
        let script = prompt.audio.map { SpokenItem(locale: locale, name: name, script: $0) }
        let help = prompt.help.map {
            SpokenItem(locale: locale, name: "\(name)/help", script: AudioScript(parts: [.text($0)], location: prompt.location))
        }
        return [script, help].compactMap { $0 }
    }
}
