/// The answers given so far in a session, keyed by question step id: the variables conditions read.
public struct Answers: Sendable, Hashable, Codable {
    public private(set) var values: [String: AnswerValue]

    public init(_ values: [String: AnswerValue] = [:]) {
        self.values = values
    }

    public subscript(step: String) -> AnswerValue? {
        get { values[step] }
        set { values[step] = newValue }
    }

    public mutating func forget(_ step: String) {
        values[step] = nil
    }

    public var isEmpty: Bool { values.isEmpty }

    /// Makes room for `count` answers at once, so that the table does not grow step by step.
    public mutating func reserveCapacity(_ count: Int) {
        values.reserveCapacity(count)
    }
}

/// One answer as conditions see it.
public enum AnswerValue: Sendable, Hashable, Codable {
    /// A choice's value.
    case text(String)
    /// A number answer, or a date as `YYYYMMDD`.
    case number(Double)
}

/// The seam between the interpreter and the condition language (XPath 1.0, evaluated by libxml2).
public protocol ConditionEvaluator: Sendable {
    /// Whether `condition` holds for `answers`; throws ``ConditionFailure`` when it cannot be evaluated.
    func isSatisfied(_ condition: Condition, answers: Answers) throws -> Bool
}

/// A condition that could not be evaluated: says which and why.
public struct ConditionFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var expression: String
    public var location: SourceLocation
    public var reason: String

    public init(expression: String, location: SourceLocation, reason: String) {
        self.expression = expression
        self.location = location
        self.reason = reason
    }

    public var description: String { "cannot evaluate '\(expression)': \(reason)" }
}
