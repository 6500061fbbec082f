/// Columns of text padded to line up in a terminal: names to the left, numbers to the right.
struct TextTable {
    var header: [String]
    /// The columns that hold names rather than numbers (the first one always does).
    var names: Set<Int>
    var rows: [[String]] = []

    init(names: Set<Int> = [], _ header: String...) {
        self.names = names.union([0])
        self.header = header
    }

    mutating func add(_ row: [String]) {
        rows.append(row)
    }

    /// The lines, each without trailing spaces, ending with a newline.
    func render(indent: String = "") -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        return all.map { row in
            let cells = row.enumerated().map { column, text in
                let padding = String(repeating: " ", count: widths[column] - text.count)
                return names.contains(column) ? text + padding : padding + text
            }
            var line = indent + cells.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line + "\n"
        }.joined()
    }
}
