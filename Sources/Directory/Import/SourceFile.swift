import Foundation

/// One file's records as ``SourceRow``s, before any schema rule: CSV cells by header name, or JSON objects.
struct SourceFile {
    var path: String
    var format: SourceFormat
    /// Rows of the ANCT schema, or data·inclusion structures.
    var rows: [SourceRow] = []
    /// data·inclusion services.
    var serviceRows: [SourceRow] = []
    /// Records that are not rows at all (a short CSV line, a JSON array element that is no object).
    var problems: [ImportDiagnostic] = []

    /// Reads `path`; throws when the file as a whole cannot be read (missing, not CSV or JSON, a header without a required column).
    init(path: String, format: SourceFormat?) throws(ImportDiagnostic) {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportDiagnostic(file: path, line: 1, field: "", message: "cannot read this file (missing or not readable)")
        }
        let bytes = [UInt8](data)
        self.format = format ?? SourceFormat.detect(bytes)
        switch self.format {
        case .mednumCSV: try readCSV(bytes)
        case .mednumJSON: rows = try objects(in: bytes, arrayAt: JSONElements.skipBlanks(bytes, from: 0, line: 1))
        case .dataInclusion: try readDataInclusion(bytes)
        }
    }

    private mutating func readCSV(_ bytes: [UInt8]) throws(ImportDiagnostic) {
        let records: CSVRecords
        do {
            records = try CSVRecords(String(decoding: bytes, as: UTF8.self))
        } catch {
            guard case .unterminatedQuote(let line) = error else { throw ImportDiagnostic(file: path, line: 1, field: "", message: "\(error)") }
            throw ImportDiagnostic(file: path, line: line, field: "", message: "a quoted field opened here is never closed")
        }
        guard let header = records.records.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces) }) else {
            throw ImportDiagnostic(file: path, line: 1, field: "", message: "empty file: expected a header line naming the schema's fields")
        }
        let required = ["id", "nom", "pivot", "adresse", "commune", "code_postal", "services", "date_maj"]
        if let missing = required.first(where: { !header.contains($0) }) {
            throw ImportDiagnostic(file: path, line: records.records[0].line, field: missing, message: "required column missing from the header")
        }
        for record in records.records.dropFirst() {
            guard record.fields.count == header.count else {
                problems.append(
                    ImportDiagnostic(file: path, line: record.line, field: "", message: "\(record.fields.count) fields, the header has \(header.count)"))
                continue
            }
            var fields: [String: FieldValue] = [:]
            for (name, value) in zip(header, record.fields) { fields[name] = .text(value) }
            rows.append(SourceRow(line: record.line, fields: fields, isCSV: true))
        }
    }

    private mutating func readDataInclusion(_ bytes: [UInt8]) throws(ImportDiagnostic) {
        let start = JSONElements.skipBlanks(bytes, from: 0, line: 1)
        if start.offset < bytes.count, bytes[start.offset] == UInt8(ascii: "[") {
            let objects = try objects(in: bytes, arrayAt: start)
            // An array of services names its structures; an array of structures does not.
            if objects.first?.fields["structure_id"] != nil { serviceRows = objects } else { rows = objects }
            return
        }
        guard let structures = JSONElements.arrayOfKey("structures", in: bytes) else {
            throw ImportDiagnostic(file: path, line: start.line, field: "structures", message: "expected an array of structures (or a file that is one array)")
        }
        rows = try objects(in: bytes, arrayAt: structures)
        if let services = JSONElements.arrayOfKey("services", in: bytes) { serviceRows = try objects(in: bytes, arrayAt: services) }
    }

    /// The objects of the array at `start`; an element that is not an object is a problem, not a row.
    private mutating func objects(in bytes: [UInt8], arrayAt start: (offset: Int, line: Int)) throws(ImportDiagnostic) -> [SourceRow] {
        let elements: [JSONElements.Element]
        do {
            elements = try JSONElements.elements(of: bytes, arrayAt: start.offset, line: start.line)
        } catch .notAnArray(let line) {
            throw ImportDiagnostic(file: path, line: line, field: "", message: "expected a JSON array of objects")
        } catch {
            throw ImportDiagnostic(file: path, line: start.line, field: "", message: "the array opened here is never closed")
        }
        let decoder = JSONDecoder()
        var rows: [SourceRow] = []
        rows.reserveCapacity(elements.count)
        for element in elements {
            do {
                let record = try decoder.decode(JSONRecord.self, from: Data(element.bytes))
                rows.append(SourceRow(line: element.line, fields: record.fields))
            } catch {
                problems.append(
                    ImportDiagnostic(file: path, line: element.line, field: "", message: "expected an object, found \(Self.kind(of: element.bytes))"))
            }
        }
        return rows
    }

    /// What a JSON value that is not a readable object is, from its first byte.
    static func kind(of bytes: ArraySlice<UInt8>) -> String {
        switch bytes.first {
        case UInt8(ascii: "{"): "an object that is not valid JSON"
        case UInt8(ascii: "\""): "a string"
        case UInt8(ascii: "["): "an array"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "a boolean"
        case UInt8(ascii: "n"): "null"
        default: "a number"
        }
    }
}
