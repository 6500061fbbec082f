import Foundation

/// Places written back in the ANCT's national CSV, so a site can contribute its local places to the national map.
public enum MednumCSV {
    /// A header line and one line per place, RFC 4180 (CRLF, fields quoted when they hold `,` `"` or a line break).
    public static func write(_ places: [Place]) -> String {
        var lines = [MednumSchema.fields.map(quoted).joined(separator: ",")]
        for place in places {
            let row = MednumSchema.row(for: place)
            lines.append(MednumSchema.fields.map { quoted(row[$0] ?? "") }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
