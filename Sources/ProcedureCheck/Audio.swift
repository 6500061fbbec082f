import ProcedureModel

/// Rule 9: everything a person is shown must also be spoken, or a resident who cannot read is stuck.
enum Audio: ProcedureRule {
    static let consequence = "a person who cannot read would be stuck"

    /// Steps and choices without audio, at their `<text>`, which the `<audio>` should follow.
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for step in context.procedure.steps {
            if step.prompt.audio == nil {
                diagnostics.append(
                    context.error(
                        .missingAudio, "step \(step.id.quoted) has no <audio>: \(consequence)", at: step.prompt.location))
            }
            for choice in step.choices where choice.prompt.audio == nil {
                diagnostics.append(
                    context.error(
                        .missingAudio, "choice \(choice.value.quoted) of step \(step.id.quoted) has no <audio>: \(consequence)",
                        at: choice.prompt.location))
            }
        }
        return diagnostics
    }

    /// Documents and help points without audio, against the directory files they come from.
    static func checkDirectories(_ library: ProcedureLibrary) -> [Diagnostic] {
        // The names docs/format.md gives these files, for a library assembled without them.
        let documentsFile = library.documentsFile ?? "documents.xml"
        let helpPointsFile = library.helpPointsFile ?? "help-points.xml"
        let documents = library.documents.values.filter { $0.prompt.audio == nil }.map {
            Diagnostic(
                .missingAudio, file: documentsFile, location: $0.location,
                message: "document \($0.id.quoted) has no <audio>: \(consequence)")
        }
        let helpPoints = library.helpPoints.values.filter { $0.prompt.audio == nil }.map {
            Diagnostic(
                .missingAudio, file: helpPointsFile, location: $0.location,
                message: "help point \($0.id.quoted) has no <audio>: \(consequence)")
        }
        return documents + helpPoints
    }
}
