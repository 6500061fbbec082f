import Foundation
public import Logging
import ProcedureModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

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
            "time": Self.now(),
            "level": event.level.rawValue,
            "label": label,
            "message": event.message.description,
        ]
        // The event's metadata wins over the logger's; neither is copied into a merged dictionary first.
        for (key, value) in metadata where event.metadata?[key] == nil { record[key] = value.description }
        for (key, value) in event.metadata ?? [:] { record[key] = value.description }
        var line = Self.line(record)
        // One write(2) of the whole line: lines from several threads never interleave.
        line.withUTF8 { bytes in
            var rest = UnsafeRawBufferPointer(bytes)
            while !rest.isEmpty {
                let written = write(STDERR_FILENO, rest.baseAddress, rest.count)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                rest = UnsafeRawBufferPointer(rebasing: rest[written...])
            }
        }
    }

    /// The time now in UTC to the second, as ISO 8601 (`2026-12-06T21:08:45Z`), written by hand: a
    /// format style took a tenth of a kiosk request's time (bench/kiosk_vs_nginx.sh), and an
    /// ISO8601DateFormatter made per line more.
    static func now() -> String {
        iso8601(seconds: time(nil))
    }

    static func iso8601(seconds: time_t) -> String {
        var seconds = seconds
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil, (0...9999).contains(parts.tm_year + 1900) else {
            return Date(timeIntervalSince1970: Double(seconds)).formatted(.iso8601)
        }
        let fields: [(value: Int32, width: Int, after: UInt8?)] = [
            (parts.tm_year + 1900, 4, UInt8(ascii: "-")), (parts.tm_mon + 1, 2, UInt8(ascii: "-")), (parts.tm_mday, 2, UInt8(ascii: "T")),
            (parts.tm_hour, 2, UInt8(ascii: ":")), (parts.tm_min, 2, UInt8(ascii: ":")), (parts.tm_sec, 2, UInt8(ascii: "Z")),
        ]
        return String(unsafeUninitializedCapacity: 20) { buffer in
            var index = 0
            for field in fields {
                var value = field.value
                for place in stride(from: field.width - 1, through: 0, by: -1) {
                    buffer[index + place] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                index += field.width
                if let after = field.after {
                    buffer[index] = after
                    index += 1
                }
            }
            return index
        }
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
