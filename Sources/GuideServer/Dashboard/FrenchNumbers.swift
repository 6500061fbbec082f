import BlockageAnalytics

/// The dashboard's numbers in French: "64 %", "1 250", "moins de 5" for a hidden one.
struct FrenchNumbers {
    /// K, said in place of a hidden number.
    let k: Int

    var hidden: String { "moins de \(k)" }

    func count(_ cell: Cell<Int>) -> String {
        cell.value.map(Self.whole) ?? hidden
    }

    func percent(_ cell: Cell<Double>) -> String {
        cell.value.map(Self.percent) ?? hidden
    }

    static func percent(_ rate: Double) -> String {
        "\(whole(Int((rate * 100).rounded())))\u{A0}%"
    }

    /// Thousands apart by a narrow no-break space, as French writes them.
    static func whole(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append("\u{202F}") }
            grouped.append(digit)
        }
        return (value < 0 ? "−" : "") + grouped
    }

    /// A p-value as people read it: two decimals (three under 0.01), a comma, "p < 0,001" for the
    /// tiniest; no-break spaces so that it never breaks across lines.
    static func pValue(_ p: Double) -> String {
        if p < 0.001 { return "p\u{A0}<\u{A0}0,001" }
        let text = p < 0.01 ? String(Int((p * 1000).rounded())) : String(Int((p * 100).rounded()))
        let decimals = p < 0.01 ? 3 : 2
        let padded = String(repeating: "0", count: max(0, decimals - text.count)) + text
        return padded.count > decimals ? "p\u{A0}=\u{A0}1" : "p\u{A0}=\u{A0}0,\(padded)"
    }
}
