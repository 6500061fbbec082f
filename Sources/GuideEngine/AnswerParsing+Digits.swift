extension AnswerParsing {
    /// `given` with Arabic-Indic (٠…٩) and Persian (۰…۹) digits written as 0…9, the Arabic decimal mark
    /// (٫) as a comma and the Arabic thousands mark (٬) as a space: what a resident typing in Arabic or
    /// Dari sends, read as the same number. Other characters are kept as they are.
    static func westernDigits(_ given: String) -> String {
        guard given.unicodeScalars.contains(where: { $0.value >= 0x0660 }) else { return given }
        var scalars = String.UnicodeScalarView()
        for scalar in given.unicodeScalars {
            switch scalar.value {
            case 0x0660...0x0669: scalars.append(Unicode.Scalar(UInt8(48 + scalar.value - 0x0660)))
            case 0x06F0...0x06F9: scalars.append(Unicode.Scalar(UInt8(48 + scalar.value - 0x06F0)))
            case 0x066B: scalars.append(",")
            case 0x066C: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
