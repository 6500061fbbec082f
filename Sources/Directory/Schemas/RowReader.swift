import Foundation

/// Reads one row's fields against a schema's rules, collecting every field at fault.
///
/// Each accessor returns what it could read (or an empty value) and notes the problem, so that one
/// pass tells the producer everything wrong with the row.
struct RowReader {
    let row: SourceRow
    private(set) var problems: [(field: String, message: String)] = []

    init(_ row: SourceRow) { self.row = row }

    /// CSV holds only text: a number is read from it there, and refused as text in JSON, whose schema types it.
    private var textual: Bool { row.isCSV }

    mutating func refuse(_ field: String, _ message: String) { problems.append((field, message)) }

    /// A string field; CSV's empty cell and JSON's null or missing key are all "absent".
    mutating func text(_ name: String, required: Bool = false, pattern: Pattern? = nil) -> String? {
        var value: String?
        switch row.fields[name] {
        case .text(let text):
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            value = trimmed.isEmpty ? nil : trimmed
        case .null, nil: value = nil
        case .some(let other):
            refuse(name, "expected a string, found \(other.typeName)")
            return nil
        }
        guard let value else {
            if required { refuse(name, "required, missing") }
            return nil
        }
        if let pattern, !pattern.matches(value) {
            refuse(name, "\"\(value)\" is not \(pattern.meaning)")
            return nil
        }
        return value
    }

    /// A number; in CSV, the text of one (a decimal point, not a comma).
    mutating func number(_ name: String, within range: ClosedRange<Double>) -> Double? {
        let number: Double
        switch row.fields[name] {
        case .number(let value): number = value
        case .text(let text) where textual:
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return nil }
            guard let value = Double(trimmed), value.isFinite else {
                refuse(name, "\"\(text)\" is not a number")
                return nil
            }
            number = value
        case .null, nil: return nil
        case .some(let other):
            refuse(name, "expected a number, found \(other.typeName)")
            return nil
        }
        guard range.contains(number) else {
            refuse(name, "\(Self.plain(number)) is not between \(Self.plain(range.lowerBound)) and \(Self.plain(range.upperBound))")
            return nil
        }
        return number
    }

    /// A list: a JSON array of strings, or (in CSV and in the ANCT's JSON) one string with `;` between items.
    mutating func list(_ name: String, required: Bool = false, allowed: Set<String>? = nil) -> [String] {
        var items: [String] = []
        switch row.fields[name] {
        case .text(let text):
            items = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case .list(let values):
            for value in values {
                guard case .text(let text) = value else {
                    refuse(name, "expected an array of strings, found \(value.typeName) in it")
                    return []
                }
                items.append(text)
            }
        case .null, nil: break
        case .some(let other):
            refuse(name, "expected a list, found \(other.typeName)")
            return []
        }
        if items.isEmpty, required {
            refuse(name, "required, missing")
            return []
        }
        if let allowed, let unknown = items.first(where: { !allowed.contains($0) }) {
            refuse(name, "\"\(unknown)\" is not one of the schema's values")
            return []
        }
        return items
    }

    /// "123" rather than "123.0".
    static func plain(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
