import Foundation

/// The report as JSON: the ``BlockageReport`` value itself, keys sorted, for scripts and the dashboard.
///
/// A hidden number is `{"suppressed": true}`; rates are fractions; durations are milliseconds.
public enum JSONRenderer {
    public static func render(_ report: BlockageReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}

/// The formats `ariane report` writes.
public enum ReportFormat: String, Sendable, CaseIterable {
    case table, csv, json, html

    public func render(_ report: BlockageReport) throws -> String {
        switch self {
        case .table: TableRenderer.render(report)
        case .csv: CSVRenderer.render(report)
        case .json: try JSONRenderer.render(report)
        case .html: HTMLRenderer.render(report)
        }
    }
}
