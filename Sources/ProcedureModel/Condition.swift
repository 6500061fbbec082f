/// An XPath 1.0 expression over the answers, e.g. `$foyer = '1' and $revenus <= 850`.
///
/// The model keeps the text and what a reader can tell from it without evaluating it (the variables
/// it reads, the literals it compares them with); compiling and evaluating belong to ProcedureXML.
public struct Condition: Sendable, Hashable, Codable {
    public var expression: String
    /// Variables read, without `$`, in order of first use.
    public var variables: [String]
    /// `$variable = 'literal'` (or `!=`) comparisons, for the checker.
    public var comparisons: [Comparison]
    public var location: SourceLocation

    public init(expression: String, variables: [String], comparisons: [Comparison], location: SourceLocation = .unknown) {
        self.expression = expression
        self.variables = variables
        self.comparisons = comparisons
        self.location = location
    }

    public struct Comparison: Sendable, Hashable, Codable {
        public var variable: String
        public var literal: String
        /// Offset of the literal in the expression, in characters, for precise diagnostics.
        public var offset: Int

        public init(variable: String, literal: String, offset: Int) {
            self.variable = variable
            self.literal = literal
            self.offset = offset
        }
    }
}
