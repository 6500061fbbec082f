import ProcedureModel

/// Text made safe for an XML attribute value.
enum XMLText {
    /// Escapes markup, writes tabs and line breaks as references (an attribute would fold them into
    /// spaces), and drops the characters XML 1.0 forbids.
    static func attribute(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text.xmlEscaped }
        var escaped = ""
        // Scalar by scalar: "\r\n" is one Character, and both of its halves need a reference.
        for scalar in text.xmlEscaped.unicodeScalars {
            switch scalar {
            case "\t": escaped += "&#9;"
            case "\n": escaped += "&#10;"
            case "\r": escaped += "&#13;"
            default: if !isControl(scalar) { escaped.unicodeScalars.append(scalar) }
            }
        }
        return escaped
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
