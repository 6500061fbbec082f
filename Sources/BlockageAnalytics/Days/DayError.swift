/// A date that was refused, said about the option or field it was given to.
public struct DayError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Problem: Sendable, Hashable {
        /// Not `YYYY-MM-DD` with ASCII digits.
        case notADay
        /// A month outside 01–12.
        case noSuchMonth(Int)
        /// A day past the end of its month (`month` as written, `YYYY-MM`).
        case noSuchDay(month: String, length: Int)
        /// The last day of a range comes before its first: `name` and `text` are the last day's.
        case beforeFirst(name: String, text: String)
    }

    /// The option or field: `--since`, `until`…
    public var name: String
    /// What was given.
    public var text: String
    public var problem: Problem

    public init(name: String, text: String, problem: Problem) {
        self.name = name
        self.text = text
        self.problem = problem
    }

    public var description: String {
        let format = "\(name) takes a day written YYYY-MM-DD, such as 2026-11-01; '\(text)' is not one"
        switch problem {
        case .notADay: return format
        case .noSuchMonth(let month): return "\(format): there is no month \(month)"
        case .noSuchDay(let month, let length): return "\(format): \(month) has \(length) days"
        case .beforeFirst(let first, let firstText): return "\(name) (\(text)) is before \(first) (\(firstText))"
        }
    }
}
