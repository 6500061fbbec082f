/// Numbers written the French way for people: `5 000`, `850,5`.
enum FrenchNumber {
    /// `1200` → `1 200`, `850.5` → `850,5`, `-3` → `-3`.
    static func text(_ number: Double) -> String {
        let plain = AnswerText.number(number)
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? plain.dropFirst() : Substring(plain)
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        guard let whole = parts.first else { return plain }
        var grouped = ""
        for (offset, digit) in whole.enumerated() {
            // A space before each group of three digits counted from the right.
            if offset > 0, (whole.count - offset) % 3 == 0 { grouped.append(" ") }
            grouped.append(digit)
        }
        let fraction = parts.count > 1 ? "," + parts[1] : ""
        return (negative ? "-" : "") + grouped + fraction
    }
}
