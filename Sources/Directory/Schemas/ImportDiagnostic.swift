/// A refused row, said as compilers say it: `FILE:LINE: error: FIELD: message`.
public struct ImportDiagnostic: Sendable, Equatable, CustomStringConvertible, Error {
    public var file: String
    public var line: Int
    /// The field at fault, or empty when the record as a whole is (not an object, unreadable file).
    public var field: String
    public var message: String

    public init(file: String, line: Int, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        field.isEmpty ? "\(file):\(line): error: \(message)" : "\(file):\(line): error: \(field): \(message)"
    }
}
