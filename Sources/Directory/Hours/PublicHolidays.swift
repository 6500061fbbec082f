/// France's public holidays ("jours fériés", `PH` in `opening_hours`), as the Code du travail
/// (article L3133-1) lists them; Alsace-Moselle's two extra days are not counted.
enum PublicHolidays {
    static func contains(_ day: CivilDay) -> Bool {
        switch (day.month, day.day) {
        case (1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25): return true
        default: break
        }
        let easter = easterSunday(day.year).ordinal
        // Easter Monday, Ascension Thursday, Whit Monday.
        return [easter + 1, easter + 39, easter + 50].contains(day.ordinal)
    }

    /// Western Easter (the anonymous Gregorian algorithm).
    static func easterSunday(_ year: Int) -> CivilDay {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDay(year: year, month: month, day: day)
    }
}
