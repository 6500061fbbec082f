import Foundation

/// Dates as French workers write them: `27/11/2026 à 14:05`, in the server's time zone.
enum ConsoleDates {
    static func text(_ milliseconds: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "fr_FR")
        formatter.dateFormat = "dd/MM/yyyy 'à' HH:mm"
        return formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }

    /// The day only: `27/11/2026`.
    static func day(_ milliseconds: Int64) -> String {
        String(text(milliseconds).prefix(10))
    }
}
