/// A procedure's trend as inline SVG: sessions started per period as light bars, the completion
/// rate as a line on a 0–100 % scale. Hidden numbers leave a gap, never a bar or a point.
enum TrendChart {
    static let left = 50.0
    static let plotWidth = 640.0
    static let top = 10.0
    static let plotHeight = 160.0

    static func render(_ procedure: ProcedureReport) -> String {
        let trend = procedure.trend
        let band = plotWidth / Double(max(trend.count, 1))
        let busiest = Double(trend.compactMap(\.started.value).max() ?? 0)
        var svg = "<svg class=\"trend\" role=\"img\" viewBox=\"0 0 720 210\" "
        svg += "aria-label=\"Évolution de la démarche \(HTML.escape(procedure.procedure))\">"
        svg += "<title>Sessions commencées (barres) et taux de sessions terminées (ligne) par période</title>"
        for percent in [0, 50, 100] {
            let y = HTML.number(top + plotHeight * (1 - Double(percent) / 100))
            svg += "<line class=\"grid\" x1=\"\(HTML.number(left))\" x2=\"\(HTML.number(left + plotWidth))\" y1=\"\(y)\" y2=\"\(y)\"/>"
            svg += "<text x=\"\(HTML.number(left - 6))\" y=\"\(y)\" text-anchor=\"end\">\(percent)\u{A0}%</text>"
        }
        // At most 8 labels, evenly spread, so that `2026-W48` labels never overlap.
        let labelEvery = max(1, (trend.count + 7) / 8)
        var line: [[(x: Double, y: Double)]] = [[]]
        for (index, entry) in trend.enumerated() {
            let x = left + band * Double(index)
            if let started = entry.started.value, busiest > 0 {
                let height = plotHeight * Double(started) / busiest
                let width = min(band * 0.7, 48)
                svg += "<rect class=\"started\" x=\"\(HTML.number(x + (band - width) / 2))\" "
                svg += "y=\"\(HTML.number(top + plotHeight - height))\" width=\"\(HTML.number(width))\" height=\"\(HTML.number(height))\"/>"
            }
            if let rate = entry.completionRate.value {
                line[line.count - 1].append((x + band / 2, top + plotHeight * (1 - rate)))
            } else if !(line.last?.isEmpty ?? true) {
                line.append([])
            }
            if index % labelEvery == 0 {
                svg += "<text x=\"\(HTML.number(x + band / 2))\" y=\"\(HTML.number(top + plotHeight + 18))\" text-anchor=\"middle\">"
                svg += "\(HTML.escape(entry.period))</text>"
            }
        }
        for points in line where !points.isEmpty {
            let coordinates = points.map { "\(HTML.number($0.x)),\(HTML.number($0.y))" }
            svg += "<polyline class=\"completion\" points=\"\(coordinates.joined(separator: " "))\"/>"
            for point in points {
                svg += "<circle class=\"completion\" cx=\"\(HTML.number(point.x))\" cy=\"\(HTML.number(point.y))\" r=\"3\"/>"
            }
        }
        return svg + "</svg>\n"
    }
}
