/// How numbers read to people: English for the terminal table, French for the HTML page.
///
/// Written out by hand rather than through Foundation's formatters, so the output is the same on
/// every machine and locale, and golden tests can pin it.
struct Wording: Sendable {
    let decimalSeparator: String
    /// Between a number and `%`: nothing in English, a no-break space in French.
    let percentSpace: String
    /// Between a number and its unit (`s`, `min`).
    let unitSpace: String
    /// Groups thousands ("12 500") when not empty.
    let thousandsSeparator: String
    /// What a hidden number reads as.
    let hidden: @Sendable (Int) -> String
    /// What a duration with no measurement reads as.
    let none: String

    static let english = Wording(
        decimalSeparator: ".", percentSpace: "", unitSpace: " ", thousandsSeparator: "", hidden: { "<\($0)" }, none: "-")
    static let french = Wording(
        decimalSeparator: ",", percentSpace: "\u{A0}", unitSpace: "\u{A0}", thousandsSeparator: "\u{A0}", hidden: { "moins de \($0)" },
        none: "–")

    func count(_ value: Int) -> String {
        guard !thousandsSeparator.isEmpty, abs(value) >= 10_000 else { return String(value) }
        var digits = String(abs(value))
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return (value < 0 ? "-" : "") + groups.joined(separator: thousandsSeparator)
    }

    /// A fraction as a percentage with one decimal: `12.5%`, `12,5 %`.
    func percent(_ fraction: Double) -> String {
        oneDecimal(fraction * 100) + percentSpace + "%"
    }

    /// `4.5 s`, `43 s`, `1 min 05 s`, `2 h 03 min`.
    func duration(_ milliseconds: Int64) -> String {
        if milliseconds < 10_000 { return oneDecimal(Double(milliseconds) / 1000) + "\(unitSpace)s" }
        let seconds = (milliseconds + 500) / 1000
        if seconds < 60 { return "\(seconds)\(unitSpace)s" }
        if seconds < 3600 { return "\(seconds / 60)\(unitSpace)min \(pad(seconds % 60))\(unitSpace)s" }
        let minutes = (seconds + 30) / 60
        return "\(minutes / 60)\(unitSpace)h \(pad(minutes % 60))\(unitSpace)min"
    }

    /// A stuck score: whole, or with a half; thousands grouped as counts are.
    func score(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return count(tenths / 10) + (tenths % 10 == 0 ? "" : "\(decimalSeparator)\(abs(tenths % 10))")
    }

    func count(_ cell: Cell<Int>, _ minimum: Int) -> String {
        cell.value.map { count($0) } ?? hidden(minimum)
    }

    func percent(_ cell: Cell<Double>, _ minimum: Int) -> String {
        cell.value.map(percent) ?? hidden(minimum)
    }

    func duration(_ cell: Cell<Int64>?, _ minimum: Int) -> String {
        guard let cell else { return none }
        return cell.value.map(duration) ?? hidden(minimum)
    }

    func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10)\(decimalSeparator)\(abs(tenths % 10))"
    }

    private func pad(_ value: Int64) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
