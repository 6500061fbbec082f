import Foundation
import ProcedureModel

/// One month of the event table: the partition `event_YYYY_MM`, holding the events whose time is in
/// `[start, end)` (ms since 1970, months in UTC).
///
/// Months, because retention is counted in months: a purge drops whole partitions, which frees
/// their disk at once, and deletes rows in the one month the cut falls in.
struct MonthPartition: Hashable, Sendable {
    var year: Int
    /// 1 to 12.
    var month: Int

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()

    /// The month `time` falls in.
    init(containing time: MillisecondsSince1970) {
        let date = Date(timeIntervalSince1970: Double(time) / 1000)
        let parts = Self.calendar.dateComponents([.year, .month], from: date)
        year = parts.year ?? 1970
        month = parts.month ?? 1
    }

    init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// The month a partition's table name stands for, or nil for another table.
    init?(tableName: String) {
        let parts = tableName.split(separator: "_")
        guard parts.count == 3, parts[0] == "event", let year = Int(parts[1]), let month = Int(parts[2]), (1...12).contains(month)
        else { return nil }
        self.init(year: year, month: month)
    }

    var tableName: String { String(format: "event_%04d_%02d", year, month) }

    /// The first millisecond of the month.
    var start: MillisecondsSince1970 { Self.firstMillisecond(year: year, month: month) }

    /// The first millisecond of the next month.
    var end: MillisecondsSince1970 {
        month == 12 ? Self.firstMillisecond(year: year + 1, month: 1) : Self.firstMillisecond(year: year, month: month + 1)
    }

    private static func firstMillisecond(year: Int, month: Int) -> MillisecondsSince1970 {
        let date = calendar.date(from: DateComponents(year: year, month: month, day: 1)) ?? Date(timeIntervalSince1970: 0)
        return MillisecondsSince1970((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// The statement that creates the partition if it is not there yet.
    var createStatement: String {
        "CREATE TABLE IF NOT EXISTS \(tableName) PARTITION OF event FOR VALUES FROM (\(start)) TO (\(end))"
    }
}
