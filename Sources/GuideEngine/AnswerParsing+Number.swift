import ProcedureModel

extension AnswerParsing {
    /// Reads `850`, `850,5`, `850.5`, `1 200`, `-3`; `nil` for anything else.
    ///
    /// Spaces (also no-break ones) may group digits before the decimal mark; one `,` or `.` is the
    /// decimal mark. At most 15 digits, so the value is exact before the one rounding division.
    static func number(_ given: String) -> Double? {
        var mantissa: Int64 = 0
        var digits = 0
        var fractionDigits = 0
        var negative = false
        var inFraction = false
        var lastWasDigit = false
        for scalar in given.collapsingWhitespace().unicodeScalars {
            switch scalar {
            case "0"..."9":
                digits += 1
                guard digits <= 15 else { return nil }
                mantissa = mantissa * 10 + Int64(scalar.value - 48)
                if inFraction { fractionDigits += 1 }
                lastWasDigit = true
            case " ", "\u{00A0}", "\u{202F}":
                // Only between digits of the whole part: `1 200`, not `1, 5` nor `12 ,5`.
                guard lastWasDigit, !inFraction else { return nil }
                lastWasDigit = false
            case ",", ".":
                guard lastWasDigit, !inFraction else { return nil }
                inFraction = true
                lastWasDigit = false
            case "-", "\u{2212}":
                guard digits == 0, !negative else { return nil }
                negative = true
            default:
                return nil
            }
        }
        guard lastWasDigit else { return nil }
        var value = Double(mantissa)
        // 10^k is exact for k ≤ 22 and mantissa < 2^53: one correctly rounded division.
        if fractionDigits > 0 { value /= power10[fractionDigits] }
        return negative ? -value : value
    }

    private static let power10: [Double] = (0...15).map { exponent in
        (0..<exponent).reduce(1.0) { product, _ in product * 10 }
    }
}
