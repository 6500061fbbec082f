/// The funnel of a procedure as inline SVG: one bar per step in path order, as long as the sessions
/// that reached it, its exits in a darker end. Hidden numbers get no bar, only "moins de K".
enum FunnelChart {
    static let labelWidth = 170.0
    static let barWidth = 360.0
    static let rowHeight = 30.0

    static func render(_ procedure: ProcedureReport, k: Int) -> String {
        let words = Wording.french
        let steps = procedure.steps
        let widest = Double(steps.compactMap(\.reached.value).max() ?? 0)
        let height = rowHeight * Double(steps.count) + 10
        var svg = "<svg class=\"funnel\" role=\"img\" viewBox=\"0 0 860 \(HTML.number(height))\" "
        svg += "aria-label=\"Entonnoir de la démarche \(HTML.escape(procedure.procedure))\">"
        svg += "<title>Sessions arrivées à chaque étape, et sorties à cette étape</title>"
        for (row, step) in steps.enumerated() {
            let y = 5 + rowHeight * Double(row)
            let middle = HTML.number(y + rowHeight / 2 + 4)
            svg += "<g class=\"step\"><text x=\"0\" y=\"\(middle)\">\(HTML.escape(step.step))</text>"
            var label: String
            if let reached = step.reached.value, widest > 0 {
                let width = barWidth * Double(reached) / widest
                svg += rect("reached", x: labelWidth, y: y + 4, width: width)
                if let exits = step.exits.value, exits > 0 {
                    let exitWidth = barWidth * Double(exits) / widest
                    svg += rect("exits", x: labelWidth + width - exitWidth, y: y + 4, width: exitWidth)
                }
                label = "\(words.count(reached)) arrivées"
            } else {
                label = "arrivées : \(words.hidden(k))"
            }
            label += " · sorties : \(words.count(step.exits, k)) (\(words.percent(step.exitRate, k)))"
            svg += "<text x=\"\(HTML.number(labelWidth + barWidth + 10))\" y=\"\(middle)\">\(HTML.escape(label))</text></g>"
        }
        return svg + "</svg>\n"
    }

    private static func rect(_ kind: String, x: Double, y: Double, width: Double) -> String {
        "<rect class=\"\(kind)\" x=\"\(HTML.number(x))\" y=\"\(HTML.number(y))\" width=\"\(HTML.number(width))\" "
            + "height=\"\(HTML.number(rowHeight - 8))\"/>"
    }
}
