/// The readability summary `ariane check` prints: one row per procedure and language.
public enum ReadabilityTable {
    static let headers = ["procedure", "language", "prompts", "median K&M", "overall K&M", "LIX", "long sentences", "acronyms"]

    /// Columns aligned with spaces; "—" where a formula does not apply (Kandel & Moles outside French).
    public static func render(_ reports: [ReadabilityReport]) -> String {
        guard !reports.isEmpty else { return "" }
        let rows =
            [headers]
            + reports.map { report in
                [
                    report.procedure, report.language, String(report.prompts.count),
                    report.medianKandelMoles.map(format) ?? "—", report.overallKandelMoles.map(format) ?? "—",
                    report.lix.map(format) ?? "—", String(report.longSentences), String(report.unexplainedAcronyms.count),
                ]
            }
        let widths = headers.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { row in
            row.enumerated().map { column, cell in
                // Text left, numbers right, as in a spreadsheet.
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column < 2 ? cell + padding : padding + cell
            }.joined(separator: "  ").trimmedAtEnd()
        }
        let legend = "Readability: Kandel & Moles (French; higher is easier, goal ≥ \(Int(ReadabilityChecker.goal))), LIX (lower is easier)"
        return ([legend] + lines).joined(separator: "\n") + "\n"
    }

    /// One decimal, rounded half away from zero: `74.14` → `74.1`.
    public static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}

extension String {
    func trimmedAtEnd() -> String {
        String(reversed().drop(while: { $0 == " " }).reversed())
    }
}
