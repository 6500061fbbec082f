/// A problem found in a procedure file, printed the way compilers do so editors and CI can jump to it.
///
/// ```
/// procedures/css.xml:12:5: error: step 'revenus' goes to 'fin2', which does not exist
/// ```
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning, note
    }

    public var file: String
    public var location: SourceLocation
    public var severity: Severity
    public var message: String

    public init(file: String, location: SourceLocation, severity: Severity = .error, message: String) {
        self.file = file
        self.location = location
        self.severity = severity
        self.message = message
    }

    public var description: String {
        "\(file):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// File order, then position, so output reads top to bottom like the file.
    public func sortedByPlace() -> [Diagnostic] {
        sorted { ($0.file, $0.location) < ($1.file, $1.location) }
    }
}
