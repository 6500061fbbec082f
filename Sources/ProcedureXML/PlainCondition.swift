import CLibXML2
import ProcedureModel

/// A condition written in the part of XPath 1.0 that procedures use — answers compared with
/// literals and numbers, joined by `and`, `or`, `not()` and parentheses — evaluated in Swift.
///
/// Setting up libxml2's XPath context and binding the answers cost more than the rest of a move, and
/// every shipped condition fits this part. Anything else (functions, paths, arithmetic) is left to
/// libxml2: ``parse(_:)`` returns `nil` and ``XPathConditions`` evaluates it there. The results are
/// XPath 1.0's, to the bit: comparisons convert as the recommendation says (§3.4), strings compare
/// by their bytes, strings become numbers by libxml2's own conversion, and `NaN` compares false.
indirect enum PlainCondition: Sendable, Equatable {
    case variable(String)
    case literal(String)
    case number(Double)
    case not(PlainCondition)
    case and(PlainCondition, PlainCondition)
    case or(PlainCondition, PlainCondition)
    case compare(PlainCondition, Operator, PlainCondition)

    enum Operator: String, Sendable {
        case equal = "="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }

    /// An XPath value: what an expression gives before it is taken as true or false.
    enum Value {
        case string(String)
        case number(Double)
        case boolean(Bool)

        /// XPath's `boolean()`.
        var truth: Bool {
            switch self {
            case .string(let text): !text.isEmpty
            case .number(let number): number != 0 && !number.isNaN
            case .boolean(let truth): truth
            }
        }

        /// XPath's `number()`, by libxml2's own conversion so that every string gives the same number.
        var number: Double {
            switch self {
            case .number(let number): number
            case .boolean(let truth): truth ? 1 : 0
            case .string(let text): PlainCondition.number(text)
            }
        }
    }

    /// Whether the condition holds for `answers`.
    func holds(for answers: Answers) -> Bool {
        value(for: answers).truth
    }

    private func value(for answers: Answers) -> Value {
        switch self {
        case .variable(let name):
            switch answers[name] {
            case .text(let text)?: .string(text)
            case .number(let number)?: .number(number)
            // An unanswered question reads as the empty string, as XPathConditions binds it.
            case nil: .string("")
            }
        case .literal(let text): .string(text)
        case .number(let number): .number(number)
        case .not(let operand): .boolean(!operand.holds(for: answers))
        case .and(let left, let right): .boolean(left.holds(for: answers) && right.holds(for: answers))
        case .or(let left, let right): .boolean(left.holds(for: answers) || right.holds(for: answers))
        case .compare(let left, let operation, let right):
            .boolean(Self.compare(left.value(for: answers), operation, right.value(for: answers)))
        }
    }

    /// XPath 1.0 §3.4 for values that are not node-sets.
    private static func compare(_ left: Value, _ operation: Operator, _ right: Value) -> Bool {
        switch operation {
        case .equal, .notEqual:
            let equal: Bool
            switch (left, right) {
            case (.boolean, _), (_, .boolean): equal = left.truth == right.truth
            case (.number, _), (_, .number): equal = left.number == right.number
            case (.string(let one), .string(let other)): equal = one.utf8.elementsEqual(other.utf8)
            }
            return operation == .equal ? equal : !equal
        case .less: return left.number < right.number
        case .lessOrEqual: return left.number <= right.number
        case .greater: return left.number > right.number
        case .greaterOrEqual: return left.number >= right.number
        }
    }

    /// libxml2's string-to-number (it reads exponents, which XPath 1.0 does not): the one source of truth.
    static func number(_ text: String) -> Double {
        text.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1) { xmlXPathCastStringToNumber($0) }
        }
    }
}
