/// A chart of shares (0–100 %) as inline SVG geometry for the template: one bar per row. A hidden
/// share draws no bar, only its words. The same numbers are always in a table beside it.
struct BarChart {
    struct Bar {
        let label: String
        let text: String
        let x: String
        let y: String
        let width: String
        let height: String
        let labelX: String
        let labelY: String
        let textX: String
        let textY: String
    }

    let bars: [Bar]
    let viewWidth: Int
    let viewHeight: Int

    static let rowHeight = 30.0
    static let labelWidth = 44.0
    static let barSpace = 330.0

    /// Horizontal bars, one row each, top to bottom.
    init(rows: [(label: String, share: Double?, text: String)]) {
        bars = rows.enumerated().map { index, row in
            let top = Double(index) * Self.rowHeight
            let width = (row.share ?? 0) * Self.barSpace
            return Bar(
                label: row.label, text: row.text, x: Self.number(Self.labelWidth), y: Self.number(top + 5),
                width: Self.number(width), height: Self.number(Self.rowHeight - 10), labelX: "0",
                labelY: Self.number(top + 20), textX: Self.number(Self.labelWidth + width + 6), textY: Self.number(top + 20))
        }
        viewWidth = Int(Self.labelWidth + Self.barSpace + 110)
        viewHeight = max(Int(Self.rowHeight), Int(Self.rowHeight) * rows.count)
    }

    static func number(_ value: Double) -> String {
        String(Double(Int((value * 10).rounded())) / 10)
    }
}
