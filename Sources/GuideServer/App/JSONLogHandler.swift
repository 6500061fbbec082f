import Foundation
public import Logging
import ProcedureModel

/// Writes each log record as one JSON object a line (time, level, label, message, metadata), so
/// logs can be searched and aggregated. Nothing about residents is ever logged: request logs carry
/// the method and path only, and session tokens never appear in paths.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    private let label: String

    public init(label: String) {
        self.label = label
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var record: [String: String] = [
            // A format style, not an ISO8601DateFormatter: making one of those per line took a tenth
            // of the server's time under load.
            "time": Date().formatted(.iso8601),
            "level": event.level.rawValue,
            "label": label,
            "message": event.message.description,
        ]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            record[key] = value.description
        }
        FileHandle.standardError.write(Data(Self.line(record).utf8))
    }

    /// One JSON object with its keys sorted, and a newline. Written by hand: JSONSerialization with
    /// sorted keys took a fifth of the server's time under load.
    static func line(_ record: [String: String]) -> String {
        var line = "{"
        for (index, key) in record.keys.sorted().enumerated() {
            if index > 0 { line += "," }
            line += key.jsonQuoted + ":" + (record[key] ?? "").jsonQuoted
        }
        return line + "}\n"
    }
}
