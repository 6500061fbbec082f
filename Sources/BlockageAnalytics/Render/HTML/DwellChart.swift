/// How long people stay on each step, as an inline SVG heat map: a row per step, a column per
/// duration bucket, each square as dark as the share of the step's sessions in it.
enum DwellChart {
    static let labelWidth = 150.0
    static let cellWidth = 76.0
    static let rowHeight = 26.0

    static func render(_ procedure: ProcedureReport, k: Int) -> String {
        let words = Wording.french
        let steps = procedure.steps
        let width = labelWidth + cellWidth * Double(FrenchNames.buckets.count)
        let height = rowHeight * Double(steps.count + 1)
        var svg = "<svg class=\"dwell\" role=\"img\" viewBox=\"0 0 \(HTML.number(width)) \(HTML.number(height))\" "
        svg += "aria-label=\"Temps passé par étape, démarche \(HTML.escape(procedure.procedure))\">"
        svg += "<title>Sessions par durée passée sur chaque étape</title>"
        for (column, name) in FrenchNames.buckets.enumerated() {
            svg += text(name, x: labelWidth + cellWidth * (Double(column) + 0.5), y: rowHeight - 8, anchor: true)
        }
        for (row, step) in steps.enumerated() {
            let y = rowHeight * Double(row + 1)
            svg += text(step.step, x: 0, y: y + rowHeight / 2 + 4, anchor: false)
            guard let measured = step.dwell.measured.value, measured > 0 else {
                let note = step.dwell.measured.isSuppressed ? words.hidden(k) : "non mesuré (étape finale ou sans suite)"
                svg += text(note, x: labelWidth + 6, y: y + rowHeight / 2 + 4, anchor: false, hidden: true)
                continue
            }
            for (column, cell) in step.dwellHistogram.enumerated() {
                let x = labelWidth + cellWidth * Double(column)
                let share = Double(cell.value ?? 0) / Double(measured)
                let fill = cell.isSuppressed ? "fill=\"#e2e8f0\"" : "fill=\"#2b6cb0\" fill-opacity=\"\(HTML.number(0.08 + 0.92 * share))\""
                svg += "<rect x=\"\(HTML.number(x + 1))\" y=\"\(HTML.number(y + 1))\" width=\"\(HTML.number(cellWidth - 2))\" "
                svg += "height=\"\(HTML.number(rowHeight - 2))\" \(fill)/>"
                let label = cell.value.map { words.count($0) } ?? words.hidden(k)
                svg += text(label, x: x + cellWidth / 2, y: y + rowHeight / 2 + 4, anchor: true, light: share > 0.5, hidden: cell.isSuppressed)
            }
        }
        return svg + "</svg>\n"
    }

    private static func text(_ content: String, x: Double, y: Double, anchor: Bool, light: Bool = false, hidden: Bool = false) -> String {
        var classes = [String]()
        if light { classes.append("light") }
        if hidden { classes.append("hidden") }
        let classAttribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
        return "<text x=\"\(HTML.number(x))\" y=\"\(HTML.number(y))\"\(anchor ? " text-anchor=\"middle\"" : "")\(classAttribute)>"
            + "\(HTML.escape(content))</text>"
    }
}
