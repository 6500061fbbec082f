/// RFC 4180 records, each with the line it starts on, for diagnostics that point into the file.
///
/// Hand-written because the mirrored CSV packages (SwiftCSV, CSV.swift) do not say on which line a
/// record starts, and a quoted field may span lines. Accepts `,` or `;` as separator (chosen by the
/// header), CRLF or LF, `""` for a quote inside a quoted field, and a UTF-8 byte-order mark.
public struct CSVRecords: Sendable {
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    public enum Problem: Error, Equatable, Sendable {
        /// A quoted field still open at the end of the file, opened on this line.
        case unterminatedQuote(line: Int)
    }

    public private(set) var records: [Record] = []

    public init(_ text: String) throws(Problem) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let separator = CSVRecords.separator(in: bytes)
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var quoteLine = 0
        var quoted = false
        var index = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") && field.isEmpty {
                quoted = true
                quoteLine = line
            } else if byte == separator {
                endField()
            } else if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                endField()
                // A blank line is no record (RFC 4180 leaves it open; spreadsheets write them at the end).
                if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
                fields.removeAll(keepingCapacity: true)
                line += 1
                recordLine = line
            } else {
                field.append(byte)
            }
            index += 1
        }
        if quoted { throw .unterminatedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            records.append(Record(line: recordLine, fields: fields))
        }
    }

    /// `;` when the header line has more of them than commas (French spreadsheets), else `,`.
    private static func separator(in bytes: [UInt8]) -> UInt8 {
        var commas = 0
        var semicolons = 0
        for byte in bytes {
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: ",") { commas += 1 } else if byte == UInt8(ascii: ";") { semicolons += 1 }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}
