import ProcedureModel

extension AnswerParsing {
    /// Reads `1990-03-05`, `05/03/1990` or `5/3/1990` as `19900305`; `nil` unless that day exists.
    ///
    /// The year is the four-digit part: first means year-month-day, last means day-month-year.
    /// `-`, `/` and `.` are all taken as separators.
    static func date(_ given: String) -> Int? {
        let parts = given.collapsingWhitespace().split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts.allSatisfy({ part in part.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let yearFirst = parts[0].count == 4
        let (yearPart, monthPart, dayPart) = yearFirst ? (parts[0], parts[1], parts[2]) : (parts[2], parts[1], parts[0])
        guard yearPart.count == 4, (1...2).contains(monthPart.count), (1...2).contains(dayPart.count),
            let year = Int(yearPart), let month = Int(monthPart), let day = Int(dayPart),
            year >= 1, (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return year * 10_000 + month * 100 + day
    }

    /// Gregorian calendar: February has 29 days in years divisible by 4, except centuries not divisible by 400.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }
}

extension Character {
    /// `0` to `9` only: `Character.isNumber` also takes other scripts' digits and fractions.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
