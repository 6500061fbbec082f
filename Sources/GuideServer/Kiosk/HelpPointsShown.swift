import ProcedureModel

/// Which help points a resident sees, and which local entries a town has still to write.
///
/// Entries marked `example` only show a town the shape of a local entry ("exemple à compléter par la
/// ville"): they are never shown nor printed as if real. A step left with none shows the national
/// services its procedure names elsewhere, and France Services when it names none, so that nobody
/// is left without a place to go.
enum LocalHelpPoints {
    /// Where anyone in France can be helped with any procedure.
    static let lastResort = "france-services"

    /// The help points to show for a step's `ids` in `procedure`, real entries only.
    static func shown(_ ids: [String], in procedure: Procedure, from library: ProcedureLibrary) -> [HelpPoint] {
        let real = ids.compactMap { library.helpPoints[$0] }.filter { !$0.isExample }
        guard real.isEmpty, !ids.isEmpty else { return real }
        var seen = Set<String>()
        let national = procedure.steps.flatMap(\.helpPoints).map(\.id)
            .filter { seen.insert($0).inserted }
            .compactMap { library.helpPoints[$0] }
            .filter { !$0.isExample }
        if !national.isEmpty { return national }
        return library.helpPoints[lastResort].map { [$0] } ?? []
    }

    /// An example entry a town has not replaced yet, with the procedures that would show it.
    struct Missing: Sendable, Hashable {
        let helpPoint: String
        let procedures: [String]
    }

    /// Every example entry some procedure points to, by id, with those procedures in file order.
    static func missing(in library: ProcedureLibrary) -> [Missing] {
        let examples = library.helpPoints.values.filter(\.isExample).map(\.id).sorted()
        return examples.compactMap { id in
            let procedures = library.procedures.filter { $0.steps.contains { $0.helpPoints.contains { $0.id == id } } }.map(\.id)
            return procedures.isEmpty ? nil : Missing(helpPoint: id, procedures: procedures)
        }
    }

    /// The one line `ariane serve` says at start when local entries are missing; `nil` when none is.
    static func startNotice(_ library: ProcedureLibrary) -> String? {
        let missing = missing(in: library)
        guard !missing.isEmpty else { return nil }
        let list = missing.map { "\($0.helpPoint) (\($0.procedures.joined(separator: ", ")))" }.joined(separator: "; ")
        return "local help points missing, national ones shown instead: \(list); "
            + "write each town's address and hours in \(library.helpPointsFile ?? "help-points.xml") without example=\"true\""
    }
}
