/// One rule of an `opening_hours` value: which days, which times, open or closed.
struct OpeningRule: Equatable {
    /// Weekdays the rule covers, 0 = Monday; with ``holidays`` false and this empty, every day.
    var weekdays: Set<Int> = []
    /// `PH`: France's public holidays.
    var holidays = false
    /// Minutes from the day's midnight; an end past 1440 runs into the next day.
    var spans: [Range<Int>] = [0..<1440]
    var closed = false
    /// Joined with `,` to the rule before: adds to that day instead of replacing it.
    var additional = false

    var everyDay: Bool { weekdays.isEmpty && !holidays }

    func covers(_ day: CivilDay) -> Bool {
        everyDay || weekdays.contains(day.weekday) || (holidays && PublicHolidays.contains(day))
    }
}
