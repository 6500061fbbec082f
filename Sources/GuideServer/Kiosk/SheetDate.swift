import Foundation

/// Dates and times on the take-home sheet: in the resident's language, on French time.
///
/// Kiosks stand in France, whatever the server's own zone; Arabic keeps the digits used in France
/// (0–9), like the codes and numbers around it.
enum SheetDate {
    static let zone = TimeZone(identifier: "Europe/Paris") ?? .gmt

    /// "dimanche 6 décembre 2026".
    static func day(_ milliseconds: Int64, language: String) -> String {
        formatter(language, date: .full, time: .none).string(from: date(milliseconds))
    }

    /// "16:45": on the 24-hour clock in every language, as on every French door and letter.
    static func time(_ milliseconds: Int64, language: String) -> String {
        let formatter = formatter(language, date: .none, time: .short)
        formatter.dateFormat = "HH:mm"
        return formatter.string(from: date(milliseconds))
    }

    private static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    private static func formatter(_ language: String, date: DateFormatter.Style, time: DateFormatter.Style) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language == "ar" ? "ar@numbers=latn" : language)
        formatter.timeZone = zone
        formatter.dateStyle = date
        formatter.timeStyle = time
        return formatter
    }
}
