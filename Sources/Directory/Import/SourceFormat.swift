/// The file formats `ariane directory import` reads.
public enum SourceFormat: String, Sendable, CaseIterable {
    /// The ANCT's national CSV of digital-mediation places.
    case mednumCSV = "mednum-csv"
    /// The same schema as a JSON array of objects.
    case mednumJSON = "mednum-json"
    /// data·inclusion: `{"structures": […], "services": […]}`, or an array of either.
    case dataInclusion = "data-inclusion"

    /// The format a file's content shows: CSV unless it opens with `[` or `{`; among JSON files, the
    /// ANCT's by its `pivot` field, data·inclusion's otherwise.
    public static func detect(_ bytes: [UInt8]) -> SourceFormat {
        let (start, _) = JSONElements.skipBlanks(bytes, from: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0, line: 1)
        guard start < bytes.count, bytes[start] == UInt8(ascii: "[") || bytes[start] == UInt8(ascii: "{") else { return .mednumCSV }
        if bytes[start] == UInt8(ascii: "{") { return .dataInclusion }
        // The first object's keys decide; 4 kB holds them in both schemas.
        let head = String(decoding: bytes[start..<min(bytes.count, start + 4096)], as: UTF8.self)
        return head.contains("\"pivot\"") ? .mednumJSON : .dataInclusion
    }
}
