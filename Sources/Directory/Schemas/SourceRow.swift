/// One record of a source file before validation: its fields by name, and the line it starts on.
public struct SourceRow: Sendable {
    public var line: Int
    public var fields: [String: FieldValue]
    /// Read from CSV, where every field is text.
    public var isCSV: Bool

    public init(line: Int, fields: [String: FieldValue], isCSV: Bool = false) {
        self.line = line
        self.fields = fields
        self.isCSV = isCSV
    }
}

/// A field as the file holds it: CSV gives only text; JSON gives types, which the schemas constrain.
public enum FieldValue: Sendable, Equatable, Decodable {
    case text(String)
    case number(Double)
    case flag(Bool)
    case list([FieldValue])
    case object
    case null

    /// Decoded rather than read with JSONSerialization, which gives booleans as numbers on Linux.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let list = try? container.decode([FieldValue].self) {
            self = .list(list)
        } else {
            self = .object
        }
    }

    /// The JSON type's name, for messages.
    var typeName: String {
        switch self {
        case .text: "a string"
        case .number: "a number"
        case .flag: "a boolean"
        case .list: "an array"
        case .object: "an object"
        case .null: "null"
        }
    }
}
