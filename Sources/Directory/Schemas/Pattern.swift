/// The string formats the schemas state, checked without regular expressions (hot path: 20,000 rows).
enum Pattern {
    /// `^\d{5}$`
    case postcode
    /// `^\w{5}$`: INSEE codes, with Corsica's 2A/2B.
    case inseeCode
    /// `^\d{14}$`
    case siret
    /// `format: date`: YYYY-MM-DD, a real day.
    case date
    /// `format: email`, loosely: something@something.
    case email

    var meaning: String {
        switch self {
        case .postcode: "a postcode (5 digits)"
        case .inseeCode: "an INSEE commune code (5 characters)"
        case .siret: "a SIRET number (14 digits)"
        case .date: "a date (YYYY-MM-DD)"
        case .email: "an e-mail address"
        }
    }

    func matches(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        func digits(_ slice: ArraySlice<UInt8>) -> Bool { slice.allSatisfy { (48...57).contains($0) } }
        switch self {
        case .postcode: return bytes.count == 5 && digits(bytes[...])
        case .inseeCode: return bytes.count == 5 && bytes.allSatisfy { (48...57).contains($0) || (65...90).contains($0) || (97...122).contains($0) }
        case .siret: return bytes.count == 14 && digits(bytes[...])
        case .email:
            let parts = value.split(separator: "@", omittingEmptySubsequences: false)
            return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !value.contains(" ")
        case .date:
            guard bytes.count == 10, bytes[4] == 45, bytes[7] == 45, digits(bytes[0..<4]), digits(bytes[5..<7]), digits(bytes[8..<10]),
                let year = Int(value.prefix(4)), let month = Int(value.dropFirst(5).prefix(2)), let day = Int(value.suffix(2))
            else { return false }
            return (1...12).contains(month) && (1...CivilDay.daysIn(month: month, year: year)).contains(day)
        }
    }
}
