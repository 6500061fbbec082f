/// A chart of shares (0–100 %) as inline SVG geometry for the template: a group of horizontal bars
/// per row of its table (e.g. exits and difficulty at one step). A hidden share draws no bar, only
/// its words. The same numbers are always in a table beside it.
struct BarChart {
    struct Bar {
        /// The row's label, on the group's first bar only.
        let label: String
        let text: String
        /// The style class: which measure the bar shows.
        let kind: String
        let x: String
        let y: String
        let width: String
        let height: String
        let labelY: String
        let textX: String
        let textY: String
    }

    /// One row of the table: its label, and one share per measure.
    struct Group {
        let label: String
        let shares: [(share: Double?, text: String, kind: String)]
    }

    let bars: [Bar]
    let viewWidth: Int
    let viewHeight: Int

    static let barHeight = 13.0
    static let groupGap = 9.0
    static let labelWidth = 40.0
    static let barSpace = 190.0

    init(groups: [Group]) {
        var bars: [Bar] = []
        var top = 0.0
        for group in groups {
            for (index, share) in group.shares.enumerated() {
                let width = (share.share ?? 0) * Self.barSpace
                let middle = top + Self.barHeight * 0.8
                bars.append(
                    Bar(
                        label: index == 0 ? group.label : "", text: share.text, kind: share.kind, x: Self.number(Self.labelWidth),
                        y: Self.number(top), width: Self.number(width), height: Self.number(Self.barHeight - 2),
                        labelY: Self.number(middle), textX: Self.number(Self.labelWidth + width + 5), textY: Self.number(middle)))
                top += Self.barHeight
            }
            top += Self.groupGap
        }
        self.bars = bars
        viewWidth = Int(Self.labelWidth + Self.barSpace + 50)
        viewHeight = max(Int(Self.barHeight), Int(top))
    }

    static func number(_ value: Double) -> String {
        String(Double(Int((value * 10).rounded())) / 10)
    }
}
