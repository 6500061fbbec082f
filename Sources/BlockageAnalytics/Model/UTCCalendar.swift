public import ProcedureModel

/// Dates in UTC from milliseconds since 1970, without Foundation's calendars: fast enough to run
/// once per session of a ten-million-event log, and the same on every machine.
public enum UTCCalendar {
    static let dayMilliseconds: Int64 = 86_400_000

    /// Year, month (1–12) and day (1–31) of a day number (days since 1970-01-01).
    static func civil(fromDay day: Int64) -> (year: Int64, month: Int64, day: Int64) {
        // Howard Hinnant's civil_from_days: eras of 400 years starting on 1 March.
        let shifted = day + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth)
    }

    /// The day number of a civil date.
    static func day(year: Int64, month: Int64, day: Int64) -> Int64 {
        let year = month <= 2 ? year - 1 : year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day number of an instant (floor, so instants before 1970 fall on the right day).
    static func day(of time: Int64) -> Int64 {
        time >= 0 ? time / dayMilliseconds : (time - dayMilliseconds + 1) / dayMilliseconds
    }

    /// The first day of the period an instant falls in: a Monday, or the 1st of a month.
    static func periodStartDay(of time: Int64, _ period: ReportPeriod) -> Int64 {
        let day = day(of: time)
        switch period {
        case .week:
            // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
            return day - ((day + 3) % 7 + 7) % 7
        case .month:
            let date = civil(fromDay: day)
            return Self.day(year: date.year, month: date.month, day: 1)
        }
    }

    /// `2026-W48` for the ISO week starting on `startDay`, `2026-11` for a month.
    static func label(periodStartingOn startDay: Int64, _ period: ReportPeriod) -> String {
        switch period {
        case .week:
            // The ISO year is the year of the week's Thursday.
            let thursday = startDay + 3
            let year = civil(fromDay: thursday).year
            let week = (thursday - day(year: year, month: 1, day: 1)) / 7 + 1
            return "\(year)-W\(twoDigits(week))"
        case .month:
            let date = civil(fromDay: startDay)
            return "\(date.year)-\(twoDigits(date.month))"
        }
    }

    /// `2026-11-27T10:15:30.123Z`; XES wants `+00:00` in place of `Z`.
    public static func timestamp(_ time: MillisecondsSince1970, zone: String = "Z") -> String {
        let day = day(of: time)
        let date = civil(fromDay: day)
        let inDay = time - day * dayMilliseconds
        let seconds = inDay / 1000
        return "\(date.year)-\(twoDigits(date.month))-\(twoDigits(date.day))T\(twoDigits(seconds / 3600)):"
            + "\(twoDigits(seconds / 60 % 60)):\(twoDigits(seconds % 60)).\(threeDigits(inDay % 1000))\(zone)"
    }

    /// `2026-11-27`.
    public static func date(_ time: MillisecondsSince1970) -> String {
        let date = civil(fromDay: day(of: time))
        return "\(date.year)-\(twoDigits(date.month))-\(twoDigits(date.day))"
    }

    private static func twoDigits(_ value: Int64) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    private static func threeDigits(_ value: Int64) -> String {
        value < 10 ? "00\(value)" : value < 100 ? "0\(value)" : "\(value)"
    }
}
