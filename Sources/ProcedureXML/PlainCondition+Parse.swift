extension PlainCondition {
    /// The condition, if it is written only with answers, literals, numbers, comparisons, `and`, `or`,
    /// `not()` and parentheses; `nil` for anything else, which libxml2 then evaluates. Precedence and
    /// associativity are XPath's: `or` below `and`, below `=` and `!=`, below `<`, `<=`, `>`, `>=`, each
    /// from the left.
    static func parse(_ expression: String) -> PlainCondition? {
        guard let tokens = PlainToken.read(expression) else { return nil }
        var parser = Parser(tokens: tokens)
        guard let condition = parser.or(), parser.atEnd else { return nil }
        return condition
    }

    private struct Parser {
        let tokens: [PlainToken]
        var position = 0

        var atEnd: Bool { position == tokens.count }

        private var next: PlainToken? { atEnd ? nil : tokens[position] }

        private mutating func take(_ token: PlainToken) -> Bool {
            guard next == token else { return false }
            position += 1
            return true
        }

        mutating func or() -> PlainCondition? {
            joined(by: "or", of: { $0.and() }, as: PlainCondition.or)
        }

        private mutating func and() -> PlainCondition? {
            joined(by: "and", of: { $0.equality() }, as: PlainCondition.and)
        }

        /// `part (word part)*`, from the left.
        private mutating func joined(
            by word: String, of part: (inout Parser) -> PlainCondition?, as join: (PlainCondition, PlainCondition) -> PlainCondition
        ) -> PlainCondition? {
            guard var left = part(&self) else { return nil }
            while take(.name(word)) {
                guard let right = part(&self) else { return nil }
                left = join(left, right)
            }
            return left
        }

        private mutating func equality() -> PlainCondition? {
            guard var left = relation() else { return nil }
            while case .operator(let operation)? = next, operation == .equal || operation == .notEqual {
                position += 1
                guard let right = relation() else { return nil }
                left = .compare(left, operation, right)
            }
            return left
        }

        private mutating func relation() -> PlainCondition? {
            guard var left = operand() else { return nil }
            while case .operator(let operation)? = next, operation != .equal, operation != .notEqual {
                position += 1
                guard let right = operand() else { return nil }
                left = .compare(left, operation, right)
            }
            return left
        }

        private mutating func operand() -> PlainCondition? {
            guard let token = next else { return nil }
            position += 1
            switch token {
            case .variable(let name): return .variable(name)
            case .literal(let text): return .literal(text)
            case .number(let number): return .number(number)
            case .open:
                guard let inside = or(), take(.close) else { return nil }
                return inside
            case .name("not"):
                guard take(.open), let inside = or(), take(.close) else { return nil }
                return .not(inside)
            // Any other name is a path or a function libxml2 knows better: not plain.
            case .name, .operator, .close: return nil
            }
        }
    }
}

/// A word of a plain condition, read from its bytes.
enum PlainToken: Equatable {
    case variable(String)
    case literal(String)
    case number(Double)
    case name(String)
    case `operator`(PlainCondition.Operator)
    case open
    case close

    /// The expression's tokens; `nil` at the first thing a plain condition does not hold (a `-`, a
    /// `/`, `*`, `@`, `[`, `,`, a prefixed or non-ASCII name, a number glued to a name…).
    static func read(_ expression: String) -> [PlainToken]? {
        let bytes = Array(expression.utf8)
        var tokens: [PlainToken] = []
        var index = 0
        func isNameStart(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || byte == UInt8(ascii: "_")
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func isNamePart(_ byte: UInt8) -> Bool {
            isNameStart(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
        func name(from start: Int) -> (String, Int)? {
            guard start < bytes.count, isNameStart(bytes[start]) else { return nil }
            var end = start
            while end < bytes.count, isNamePart(bytes[end]) { end += 1 }
            // A prefix (`ns:name`) or a letter outside ASCII: libxml2 decides.
            if end < bytes.count, bytes[end] == UInt8(ascii: ":") || bytes[end] >= 0x80 { return nil }
            return (String(decoding: bytes[start..<end], as: UTF8.self), end)
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                index += 1
            case UInt8(ascii: "$"):
                guard let (variable, end) = name(from: index + 1) else { return nil }
                tokens.append(.variable(variable))
                index = end
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                guard let close = bytes[(index + 1)...].firstIndex(of: byte) else { return nil }
                tokens.append(.literal(String(decoding: bytes[(index + 1)..<close], as: UTF8.self)))
                index = close + 1
            case UInt8(ascii: "("), UInt8(ascii: ")"):
                tokens.append(byte == UInt8(ascii: "(") ? .open : .close)
                index += 1
            case UInt8(ascii: "="):
                tokens.append(.operator(.equal))
                index += 1
            case UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"):
                let withEqual = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "=")
                let operation: PlainCondition.Operator? =
                    switch (byte, withEqual) {
                    case (UInt8(ascii: "!"), true): .notEqual
                    case (UInt8(ascii: "<"), false): .less
                    case (UInt8(ascii: "<"), true): .lessOrEqual
                    case (UInt8(ascii: ">"), false): .greater
                    case (UInt8(ascii: ">"), true): .greaterOrEqual
                    default: nil
                    }
                guard let operation else { return nil }
                tokens.append(.operator(operation))
                index += withEqual ? 2 : 1
            case _ where isDigit(byte) || (byte == UInt8(ascii: ".") && index + 1 < bytes.count && isDigit(bytes[index + 1])):
                var end = index
                while end < bytes.count, isDigit(bytes[end]) || bytes[end] == UInt8(ascii: ".") { end += 1 }
                let text = String(decoding: bytes[index..<end], as: UTF8.self)
                // Two points, or a letter right after (`1e3`, `2div`): libxml2 decides.
                guard text.utf8.count(where: { $0 == UInt8(ascii: ".") }) <= 1,
                    end == bytes.count || !(isNameStart(bytes[end]) || bytes[end] >= 0x80)
                else { return nil }
                tokens.append(.number(PlainCondition.number(text)))
                index = end
            case _ where isNameStart(byte):
                guard let (word, end) = name(from: index) else { return nil }
                tokens.append(.name(word))
                index = end
            default:
                return nil
            }
        }
        return tokens
    }
}
