public import ProcedureModel

/// A calendar day written `YYYY-MM-DD`, strictly: a real date, four-digit year, two-digit month and
/// day. How `ariane report`, `ariane purge`, `ariane simulate` and the dashboard read every date.
public struct Day: Sendable, Hashable {
    public let year: Int, month: Int, day: Int

    /// Reads `text`, given to `name` (an option such as `--since`, a query field such as `since`),
    /// which the error names along with the text and the format expected.
    public init(_ text: String, name: String) throws(DayError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { throw DayError(name: name, text: text, problem: .notADay) }
        guard (1...12).contains(month) else { throw DayError(name: name, text: text, problem: .noSuchMonth(month)) }
        let length = Self.length(of: month, in: year)
        guard (1...length).contains(day) else {
            throw DayError(name: name, text: text, problem: .noSuchDay(month: String(parts[0] + "-" + parts[1]), length: length))
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Milliseconds since 1970 at 00:00 UTC that day.
    public var midnightUTC: MillisecondsSince1970 {
        UTCCalendar.day(year: Int64(year), month: Int64(month), day: Int64(day)) * UTCCalendar.dayMilliseconds
    }

    /// Milliseconds since 1970 at 00:00 UTC the day after: where a range whose last day this is ends.
    public var nextMidnightUTC: MillisecondsSince1970 {
        midnightUTC + UTCCalendar.dayMilliseconds
    }

    static func length(of month: Int, in year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
