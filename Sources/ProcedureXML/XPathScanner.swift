import ProcedureModel

/// Reads an XPath condition the way an author's mistakes show: which answers it uses, what it compares
/// them with, and names written without `$`. libxml2 compiles and evaluates; this only looks.
struct XPathScanner {
    enum Token: Equatable {
        case variable(String)
        case literal(String)
        case number
        case name(String)
        case symbol(String)
    }

    struct Located: Equatable {
        var token: Token
        /// Offset in characters from the start of the expression.
        var offset: Int
    }

    /// A name that reads like an answer but lacks its `$`: `foyer = '1'` instead of `$foyer = '1'`.
    struct BareName: Equatable {
        var name: String
        var offset: Int
    }

    private(set) var tokens: [Located] = []

    init(_ expression: String) {
        let characters = Array(expression)
        var index = 0
        func isNameCharacter(_ character: Character) -> Bool {
            character.isLetter || character.isNumber || character == "-" || character == "_" || character == "." || character == ":"
        }
        while index < characters.count {
            let character = characters[index]
            let start = index
            if character.isWhitespace {
                index += 1
            } else if character == "$" {
                index += 1
                while index < characters.count, isNameCharacter(characters[index]) { index += 1 }
                tokens.append(Located(token: .variable(String(characters[(start + 1)..<index])), offset: start))
            } else if character == "'" || character == "\"" {
                index += 1
                while index < characters.count, characters[index] != character { index += 1 }
                tokens.append(Located(token: .literal(String(characters[(start + 1)..<min(index, characters.count)])), offset: start))
                index += 1
            } else if character.isNumber || (character == "." && index + 1 < characters.count && characters[index + 1].isNumber) {
                while index < characters.count, characters[index].isNumber || characters[index] == "." { index += 1 }
                tokens.append(Located(token: .number, offset: start))
            } else if character.isLetter || character == "_" {
                while index < characters.count, isNameCharacter(characters[index]) { index += 1 }
                tokens.append(Located(token: .name(String(characters[start..<index])), offset: start))
            } else if character == "!" || character == "<" || character == ">", index + 1 < characters.count, characters[index + 1] == "=" {
                tokens.append(Located(token: .symbol(String(characters[index...index + 1])), offset: start))
                index += 2
            } else {
                tokens.append(Located(token: .symbol(String(character)), offset: start))
                index += 1
            }
        }
    }

    /// Answers read, without `$`, in order of first use.
    var variables: [String] {
        var seen: [String] = []
        for case .variable(let name) in tokens.map(\.token) where !seen.contains(name) {
            seen.append(name)
        }
        return seen
    }

    /// `$x = 'v'`, `$x != 'v'`, `'v' = $x`: the comparisons the checker can hold against a question's choices.
    var comparisons: [Condition.Comparison] {
        var found: [Condition.Comparison] = []
        guard tokens.count >= 3 else { return found }
        for index in 0..<(tokens.count - 2) {
            guard case .symbol(let operation) = tokens[index + 1].token, operation == "=" || operation == "!=" else { continue }
            switch (tokens[index].token, tokens[index + 2].token) {
            case (.variable(let name), .literal(let value)):
                found.append(Condition.Comparison(variable: name, literal: value, offset: tokens[index + 2].offset))
            case (.literal(let value), .variable(let name)):
                found.append(Condition.Comparison(variable: name, literal: value, offset: tokens[index].offset))
            default:
                continue
            }
        }
        return found
    }

    /// Names that are neither functions, nor operators, nor axes: in a condition over answers they can
    /// only be a forgotten `$` (libxml2 would read them as a path and quietly find nothing).
    var bareNames: [BareName] {
        var found: [BareName] = []
        for (index, located) in tokens.enumerated() {
            guard case .name(let name) = located.token else { continue }
            let next = index + 1 < tokens.count ? tokens[index + 1].token : nil
            if next == .symbol("(") { continue }
            if Self.operatorNames.contains(name), index > 0, Self.endsOperand(tokens[index - 1].token) { continue }
            found.append(BareName(name: name, offset: located.offset))
        }
        return found
    }

    /// Names called as functions, with their offsets: `count(…)`, `frob(…)`.
    var functionCalls: [BareName] {
        tokens.indices.compactMap { index in
            guard case .name(let name) = tokens[index].token, index + 1 < tokens.count, tokens[index + 1].token == .symbol("(") else { return nil }
            return Self.nodeTests.contains(name) ? nil : BareName(name: name, offset: tokens[index].offset)
        }
    }

    /// What looks into an XML tree: `/`, `//`, `.`, `..`, `@` and the functions that read nodes
    /// (`count()`, `id()`, `last()`, …). A condition is evaluated over an empty document, so each of
    /// these gives the same value whatever the answers: the condition is always false, or always true.
    var documentReads: [BareName] {
        var found: [BareName] = []
        var index = 0
        while index < tokens.count {
            let located = tokens[index]
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            switch located.token {
            case .symbol(let symbol) where symbol == "/" || symbol == ".":
                // `//` and `..` are one step each: report them as written.
                let doubled = next.map { $0.token == located.token && $0.offset == located.offset + 1 } ?? false
                found.append(BareName(name: doubled ? symbol + symbol : symbol, offset: located.offset))
                index += doubled ? 2 : 1
                continue
            case .symbol("@"):
                found.append(BareName(name: "@", offset: located.offset))
            case .name(let name) where Self.nodeFunctions.contains(name) && next?.token == .symbol("("):
                found.append(BareName(name: name + "()", offset: located.offset))
            default:
                break
            }
            index += 1
        }
        return found
    }

    /// XPath 1.0 functions whose value comes from nodes: over an empty document it never changes.
    private static let nodeFunctions: Set<String> = ["count", "id", "last", "position", "name", "local-name", "namespace-uri", "lang", "sum"]

    private static let nodeTests: Set<String> = ["node", "text", "comment", "processing-instruction"]

    private static let operatorNames: Set<String> = ["and", "or", "div", "mod"]

    private static func endsOperand(_ token: Token) -> Bool {
        switch token {
        case .variable, .literal, .number, .name: true
        case .symbol(let symbol): symbol == ")" || symbol == "]"
        }
    }
}
