import ProcedureModel

/// Pieces of HTML: escaping, table cells, and French words for the report's numbers.
enum HTML {
    /// Text safe inside an element or a quoted attribute.
    static func escape(_ text: String) -> String {
        text.xmlEscaped
    }

    /// A coordinate with one decimal, `.` as separator whatever the language.
    static func number(_ value: Double) -> String {
        Wording.english.oneDecimal(value)
    }
}

/// One table cell: its text, and whether it stands for a hidden number.
struct HTMLCell {
    var text: String
    var hidden = false
}

/// An HTML table, the first column a heading for its row.
struct HTMLTable {
    var header: [String]
    /// The columns that hold names rather than numbers (the first one always does).
    var names: Set<Int>
    var rows: [[HTMLCell]] = []

    init(names: Set<Int> = [], _ header: String...) {
        self.names = names.union([0])
        self.header = header
    }

    mutating func add(_ row: [HTMLCell]) {
        rows.append(row)
    }

    func render(caption: String? = nil) -> String {
        var html = "<div class=\"scroll\"><table>"
        if let caption { html += "<caption>\(HTML.escape(caption))</caption>" }
        html += "<thead><tr>"
        for (column, title) in header.enumerated() {
            html += "<th scope=\"col\"\(names.contains(column) ? " class=\"name\"" : "")>\(HTML.escape(title))</th>"
        }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>"
            for (column, cell) in row.enumerated() {
                let tag = column == 0 ? "th" : "td"
                let classes = (names.contains(column) ? ["name"] : []) + (cell.hidden ? ["hidden"] : [])
                html += "<\(tag)\(column == 0 ? " scope=\"row\"" : "")"
                html += classes.isEmpty ? ">" : " class=\"\(classes.joined(separator: " "))\">"
                html += "\(HTML.escape(cell.text))</\(tag)>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table></div>\n"
    }
}

/// The report's numbers in French, as table cells.
struct FrenchCells {
    let k: Int
    let words = Wording.french

    func count(_ cell: Cell<Int>) -> HTMLCell {
        HTMLCell(text: words.count(cell, k), hidden: cell.isSuppressed)
    }

    func percent(_ cell: Cell<Double>) -> HTMLCell {
        HTMLCell(text: words.percent(cell, k), hidden: cell.isSuppressed)
    }

    func duration(_ cell: Cell<Int64>?) -> HTMLCell {
        HTMLCell(text: words.duration(cell, k), hidden: cell?.isSuppressed ?? false)
    }

    func text(_ text: String) -> HTMLCell {
        HTMLCell(text: text)
    }
}
