import ProcedureModel

/// What every rule reads: the procedure, the shared directories, and the step graph computed once.
struct CheckContext {
    let procedure: Procedure
    let documents: [String: Document]
    let helpPoints: [String: HelpPoint]
    let graph: StepGraph
    /// The day of the check (`YYYY-MM-DD`), for the rules that age; `nil` leaves them out.
    let today: String?
    /// The OpenFisca variables an estimate may name; `nil` leaves the names unchecked.
    let openFiscaVariables: Set<String>?

    init(
        procedure: Procedure, documents: [String: Document], helpPoints: [String: HelpPoint], today: String? = nil,
        openFiscaVariables: Set<String>? = nil
    ) {
        self.procedure = procedure
        self.openFiscaVariables = openFiscaVariables
        self.documents = documents
        self.helpPoints = helpPoints
        self.graph = StepGraph(procedure)
        self.today = today
    }

    /// The steps that own their id, with their positions.
    ///
    /// A later step with an id already taken is reported once as a duplicate; path rules leave it out,
    /// since every reference to that id reaches the first one.
    var owningSteps: [(position: Int, step: Step)] {
        procedure.steps.enumerated().compactMap { position, step in
            procedure.index(of: step.id) == position ? (position, step) : nil
        }
    }

    /// An error in the procedure's file: something that stops a person or makes the procedure wrong.
    func error(_ rule: CheckRule, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(rule, file: procedure.file, location: location, severity: .error, message: message)
    }

    /// A warning in the procedure's file: probably a mistake, but a person can still get through.
    func warning(_ rule: CheckRule, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(rule, file: procedure.file, location: location, severity: .warning, message: message)
    }
}

extension String {
    /// The id as messages show it: `'foyer'`.
    var quoted: String { "'\(self)'" }
}

/// Names for a message: `'a', 'b', 'c'`, cut after `limit` with a count of the rest.
func quotedList(_ names: [String], limit: Int = 5) -> String {
    let shown = names.prefix(limit).map(\.quoted).joined(separator: ", ")
    return names.count > limit ? "\(shown) and \(names.count - limit) more" : shown
}
