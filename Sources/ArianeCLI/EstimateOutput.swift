import Estimates
import Foundation
import ProcedureModel

/// `ariane estimate`'s two outputs: a table with the sentences the kiosk would say, or JSON for scripts.
enum EstimateOutput {
    /// `[{"monthly": 481, "period": "2026-12", "variable": "aide_logement"}, …]`, the amounts as computed.
    static func json(_ result: EstimateResult) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        // Plain numbers and strings: encoding cannot fail.
        let data = (try? encoder.encode(result.benefits)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func table(_ result: EstimateResult, words: InterfaceText) -> String {
        let rows = result.benefits.map { benefit in
            [benefit.variable, String(format: "%.2f", benefit.monthly), "\(benefit.roundedMonthly)", benefit.period]
        }
        let header = ["variable", "monthly", "rounded", "period"]
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        let lines = ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                column == 0 || column == 3
                    ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }
        let said = SaidEstimate(result, words: words).text
        return (lines + [""] + said).joined(separator: "\n") + "\n"
    }
}
