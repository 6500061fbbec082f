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
            "    <body>",
        ]
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
        for note in unit.notes {
            let from = note.from.map { " from=\"\($0.xmlEscaped)\"" } ?? ""
            lines.append("        <note\(from)>\(note.text.xmlTextEscaped)</note>")
        }
        lines.append("      </trans-unit>")
        return lines
    }

    /// `xml` for units from procedure files, `plaintext` for interface strings.
    private static func datatype(of file: TranslationFile) -> String {
        file.original.hasSuffix(".xml") ? "xml" : "plaintext"
    }
}
