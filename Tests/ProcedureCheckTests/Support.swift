import ProcedureCheck
import ProcedureModel

/// The checker's output as an author reads it: `file:line:col: severity: message`, one string each.
func check(
    _ procedure: Procedure, documents: [String: Document] = [:], helpPoints: [String: HelpPoint] = [:]
) -> [String] {
    ProcedureChecker.check(procedure, documents: documents, helpPoints: helpPoints).map(\.description)
}
