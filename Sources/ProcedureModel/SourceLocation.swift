/// A place in a procedure file, 1-based, as editors count it.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Used where a fact has no single place in the file (a whole-procedure warning, say).
    public static let unknown = SourceLocation(line: 0, column: 0)

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}
