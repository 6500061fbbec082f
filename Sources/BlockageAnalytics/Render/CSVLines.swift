/// Lines of a CSV file (RFC 4180 quoting), with the report's cells written the CSV way.
struct CSVLines {
    /// Which part of the report a line describes.
    struct Place {
        var section: String
        var procedure = ""
        var step = ""
        var period = ""
        var group = ""

        init(_ section: String, _ procedure: String = "", step: String = "", period: String = "", group: String = "") {
            self.section = section
            self.procedure = procedure
            self.step = step
            self.period = period
            self.group = group
        }
    }

    /// The dwell-time buckets, in seconds.
    static let bucketNames = ["0-5s", "5-15s", "15-30s", "30-60s", "60-120s", "120-300s", "300-600s", "600s+"]

    let k: Int
    private(set) var text = ""

    init(k: Int) {
        self.k = k
    }

    mutating func line(_ fields: String...) {
        text += fields.map(Self.field).joined(separator: ",") + "\n"
    }

    mutating func line(_ place: Place, _ measure: String, _ value: String) {
        line(place.section, place.procedure, place.step, place.period, place.group, measure, value)
    }

    mutating func add(_ place: Place, _ measure: String, _ cell: Cell<Int>) {
        line(place, measure, cell.value.map(String.init) ?? "<\(k)")
    }

    mutating func add(_ place: Place, _ measure: String, _ cell: Cell<Double>) {
        line(place, measure, cell.value.map(Self.fraction) ?? "<\(k)")
    }

    /// `<measure>_measured`, `<measure>_median_ms` and `<measure>_p90_ms`.
    mutating func add(_ place: Place, _ measure: String, _ durations: Durations) {
        add(place, measure + "_measured", durations.measured)
        for (name, cell) in [("_median_ms", durations.medianMilliseconds), ("_p90_ms", durations.p90Milliseconds)] {
            line(place, measure + name, cell.map { $0.value.map(String.init) ?? "<\(k)" } ?? "")
        }
    }

    /// A fraction with four decimals: `0.1250`.
    static func fraction(_ value: Double) -> String {
        let units = Int((value * 10_000).rounded())
        let decimals = String(abs(units % 10_000))
        return "\(units / 10_000)." + String(repeating: "0", count: 4 - decimals.count) + decimals
    }

    /// Quoted when it holds a comma, a quote or a line break; a leading `=`, `+`, `-` or `@` is
    /// defused with a `'` so that a spreadsheet never runs an id as a formula.
    static func field(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+-@\t\r".contains(first) { text = "'" + text }
        guard text.contains(where: { ",\"\n\r".contains($0) }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
