public import ProcedureModel

/// The static checks `ariane check` runs over procedures: pure functions from the model to diagnostics.
///
/// ```swift
/// let diagnostics = ProcedureChecker.check(library)
/// diagnostics.forEach { print($0) }   // procedures/css.xml:12:5: error: step 'revenus' goes to 'fin2', …
/// ```
public enum ProcedureChecker {
    /// Every problem in one procedure, given the shared directories; sorted by place.
    ///
    /// - Parameter today: the day of the check, `YYYY-MM-DD`: sources checked more than a year before it
    ///   are reported (``CheckRule/staleSource``). `nil` leaves out the rules that age.
    /// - Parameter openFiscaVariables: the names an `<estimate>` may use; `nil` leaves them unchecked.
    public static func check(
        _ procedure: Procedure, documents: [String: Document], helpPoints: [String: HelpPoint], today: String? = nil,
        openFiscaVariables: Set<String>? = nil
    ) -> [Diagnostic] {
        let context = CheckContext(
            procedure: procedure, documents: documents, helpPoints: helpPoints, today: today, openFiscaVariables: openFiscaVariables)
        return rules.flatMap { $0.check(context) }.sortedByPlaceStably()
    }

    /// Problems across a library: each procedure's, plus duplicate procedure ids across files.
    ///
    /// The directories' own problems (a document or help point without audio) are reported here once,
    /// against their files, rather than once per procedure that uses them.
    public static func check(_ library: ProcedureLibrary, today: String? = nil) -> [Diagnostic] {
        let perProcedure = library.procedures.flatMap {
            check(
                $0, documents: library.documents, helpPoints: library.helpPoints, today: today,
                openFiscaVariables: library.openFiscaVariables)
        }
        return (perProcedure + LibraryRules.check(library) + AudioScriptRules.checkDirectories(library)).sortedByPlaceStably()
    }

    /// The rule families, in the order their diagnostics come out for a shared place.
    private static var rules: [any ProcedureRule.Type] {
        [
            Identity.self, References.self, Reachability.self, Loops.self, Routing.self, ExternalSimulators.self,
            Conditions.self, Audio.self, AudioScriptRules.self, Kinds.self, KioskFinding.self, Scenarios.self, Freshness.self,
            EstimateMapping.self,
        ]
    }
}

/// A family of checks over one procedure.
protocol ProcedureRule {
    /// The family's diagnostics for one procedure, in any order.
    static func check(_ context: CheckContext) -> [Diagnostic]
}

extension Array where Element == Diagnostic {
    /// File order, then position; diagnostics at one place keep the order the rules gave them,
    /// so output is the same from run to run.
    func sortedByPlaceStably() -> [Diagnostic] {
        enumerated()
            .sorted { ($0.element.file, $0.element.location, $0.offset) < ($1.element.file, $1.element.location, $1.offset) }
            .map(\.element)
    }
}
