import ProcedureModel
import Testing

@testable import ProcedureXML

/// Plain conditions are evaluated in Swift instead of libxml2: they must give libxml2's answer for
/// every expression and every set of answers, or a resident would be routed differently.
@Suite("Plain conditions evaluated in Swift")
struct PlainConditionTests {
    @Test(
        "every condition of the shipped procedures' kinds is plain",
        arguments: [
            "$mode = 'en-ligne'", "$titre != 'carte' or $motif = 'perte' or $motif = 'vol'", "$age < 18",
            "$foyer >= 2", "$couple = 'a-deux' and $mode = 'en-ligne'", "not($a = '1') and ($b <= 2.5 or .5 > $c)",
        ])
    func shippedKindsArePlain(expression: String) {
        #expect(PlainCondition.parse(expression) != nil)
    }

    @Test(
        "what is not plain is left to libxml2",
        arguments: [
            "count($a) > 1", "$a + 1 > 2", "-1 < $a", "true()", "foyer = '1'", "$ns:a = '1'", "$a = 1e3", "$a = 1..2",
            "$a = 'unclosed", "$a[1] = 'x'", "$âge = '1'", "not $a", "$a = '1' and", "($a = '1'", "$a = '1')",
        ])
    func othersAreNotPlain(expression: String) {
        #expect(PlainCondition.parse(expression) == nil)
    }

    @Test("XPath's precedence: or below and below = below <")
    func precedence() throws {
        let parsed = try #require(PlainCondition.parse("$a = '1' or $b = '2' and $c < 3 = $d"))
        #expect(
            parsed
                == .or(
                    .compare(.variable("a"), .equal, .literal("1")),
                    .and(
                        .compare(.variable("b"), .equal, .literal("2")),
                        .compare(.compare(.variable("c"), .less, .number(3)), .equal, .variable("d")))))
    }

    /// 6 000 generated conditions, each over five sets of answers: Swift and libxml2 agree on all 30 000.
    @Test("the same truth as libxml2 on 30 000 generated cases")
    func sameAsLibXML2() throws {
        var maker = ConditionMaker(random: SplitMix(seed: 2026_12_06))
        let context = XPathEvaluationContext()
        var compared = 0
        var disagreements: [String] = []
        for _ in 0..<6_000 {
            let expression = maker.expression(depth: 3)
            let plain = try #require(PlainCondition.parse(expression), "not plain: \(expression)")
            guard case .success(let compiled) = CompiledXPath.compile(expression) else {
                Issue.record("libxml2 refused \(expression)")
                continue
            }
            for _ in 0..<5 {
                let answers = maker.answers()
                guard case .success(let expected) = context.evaluate(compiled, answers: answers) else {
                    Issue.record("libxml2 could not evaluate \(expression)")
                    continue
                }
                compared += 1
                if plain.holds(for: answers) != expected { disagreements.append("\(expression) with \(answers.values)") }
            }
        }
        #expect(compared == 30_000)
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }
}

/// Random conditions over the answers `a`, `b` and `c`, with the values that trip conversions up:
/// empty strings, spaces around numbers, exponents, signs, points, letters outside ASCII.
struct ConditionMaker {
    static let texts = ["", "1", "2", " 2 ", "2.50", "1e3", "-3", "+3", ".5", "5.", "a", "oui", "é", "e\u{301}", "Infinity"]
    static let numbers = ["0", "2", "2.5", ".5", "10.", "18", "1000"]
    static let operators = ["=", "!=", "<", "<=", ">", ">="]

    var random: SplitMix

    mutating func pick<T>(_ values: [T]) -> T { values[random.next(below: values.count)] }

    mutating func operand() -> String {
        switch random.next(below: 3) {
        case 0: "$" + pick(["a", "b", "c"])
        case 1: "'" + pick(Self.texts) + "'"
        default: pick(Self.numbers)
        }
    }

    mutating func expression(depth: Int) -> String {
        guard depth > 0 else { return "\(operand()) \(pick(Self.operators)) \(operand())" }
        switch random.next(below: 6) {
        case 0: return "\(expression(depth: depth - 1)) and \(expression(depth: depth - 1))"
        case 1: return "\(expression(depth: depth - 1)) or \(expression(depth: depth - 1))"
        case 2: return "not(\(expression(depth: depth - 1)))"
        case 3: return "(\(expression(depth: depth - 1))) \(pick(["=", "!="])) \(operand())"
        case 4: return operand()
        default: return expression(depth: 0)
        }
    }

    mutating func answers() -> Answers {
        var answers = Answers()
        for name in ["a", "b", "c"] {
            switch random.next(below: 3) {
            case 0: answers[name] = .text(pick(Self.texts))
            case 1: answers[name] = .number(pick([0, -1, 2, 2.5, 18, 1000, 0.5]))
            default: answers[name] = nil
            }
        }
        return answers
    }
}

/// A small seeded generator, so that a failure comes back the same on every machine.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        mixed ^= mixed >> 31
        return Int(mixed % UInt64(bound))
    }
}
