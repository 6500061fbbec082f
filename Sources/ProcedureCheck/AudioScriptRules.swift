import ProcedureModel

/// Rule 10: audio scripts that espeak-ng reads as their author meant, short enough to follow.
enum AudioScriptRules: ProcedureRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        let locale = context.procedure.language
        return context.procedure.steps.flatMap { step in
            diagnostics(step.prompt.audio, of: "step \(step.id.quoted)", locale: locale, file: context.procedure.file)
                + step.choices.flatMap { choice in
                    diagnostics(
                        choice.prompt.audio, of: "choice \(choice.value.quoted) of step \(step.id.quoted)",
                        locale: locale, file: context.procedure.file)
                }
        }
    }

    /// The same for the documents, help points and glossary terms, once, against their own files.
    ///
    /// The model keeps no language for the directory files; they are written beside the procedures,
    /// in the procedures' language.
    static func checkDirectories(_ library: ProcedureLibrary) -> [Diagnostic] {
        let locale = library.procedures.first?.language ?? "fr"
        func entries(_ kind: String, _ file: String, _ prompts: [(id: String, prompt: Prompt)]) -> [Diagnostic] {
            prompts.sorted { $0.id < $1.id }.flatMap {
                diagnostics($0.prompt.audio, of: "\(kind) \($0.id.quoted)", locale: locale, file: file)
            }
        }
        // The names docs/format.md gives these files, for a library assembled without them.
        return entries("document", library.documentsFile ?? "documents.xml", library.documents.values.map { ($0.id, $0.prompt) })
            + entries("help point", library.helpPointsFile ?? "help-points.xml", library.helpPoints.values.map { ($0.id, $0.prompt) })
            + entries("glossary term", library.glossaryFile ?? "glossary.xml", library.glossary.values.map { ($0.id, $0.prompt) })
    }

    private static func diagnostics(_ script: AudioScript?, of owner: String, locale: String, file: String) -> [Diagnostic] {
        guard let script else { return [] }
        return AudioScriptCheck.problems(in: script, locale: locale).map {
            Diagnostic($0.rule, file: file, location: script.location, severity: $0.severity, message: "\(owner): \($0.message)")
        }
    }
}
