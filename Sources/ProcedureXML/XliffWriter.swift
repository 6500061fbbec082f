public import ProcedureModel

/// Writes a ``TranslationFile`` as XLIFF 1.2, the same bytes for the same content: units in the order
/// given, attributes in a fixed order, two-space indentation, inline content on one line.
public enum XliffWriter {
    public static func document(_ file: TranslationFile) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<xliff xmlns=\"\(XliffReader.namespace)\" version=\"1.2\">",
            "  <file original=\"\(file.original.xmlEscaped)\" source-language=\"\(file.sourceLanguage.xmlEscaped)\" "
                + "target-language=\"\(file.targetLanguage.xmlEscaped)\" datatype=\"\(datatype(of: file))\">",
        ]
        if !file.notes.isEmpty {
            lines.append("    <header>")
            lines += file.notes.map { "      " + line(of: $0) }
            lines.append("    </header>")
        }
        lines.append("    <body>")
        for unit in file.units {
            lines += self.lines(of: unit)
        }
        lines += ["    </body>", "  </file>", "</xliff>", ""]
        return lines.joined(separator: "\n")
    }

    private static func lines(of unit: TranslationUnit) -> [String] {
        let approved = unit.isApproved ? " approved=\"yes\"" : ""
        var lines = [
            "      <trans-unit id=\"\(unit.id.xmlEscaped)\"\(approved)>",
            "        <source>\(XliffInline.markup(unit.source))</source>",
        ]
        let state = unit.state.map { " state=\"\($0.rawValue.xmlEscaped)\"" } ?? ""
        switch unit.target {
        case let target? where !target.isEmpty:
            lines.append("        <target\(state)>\(XliffInline.markup(target))</target>")
        case .some, .none:
            if unit.target != nil || unit.state != nil { lines.append("        <target\(state)/>") }
        }
        lines += unit.notes.map { "        " + line(of: $0) }
        lines.append("      </trans-unit>")
        return lines
    }

    private static func line(of note: TranslationNote) -> String {
        let from = note.from.map { " from=\"\($0.xmlEscaped)\"" } ?? ""
        return "<note\(from)>\(note.text.xmlTextEscaped)</note>"
    }

    /// `xml` for units from procedure files, `plaintext` for interface strings.
    private static func datatype(of file: TranslationFile) -> String {
        file.original.hasSuffix(".xml") ? "xml" : "plaintext"
    }
}
