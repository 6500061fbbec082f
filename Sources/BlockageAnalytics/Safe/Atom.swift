import ProcedureModel

/// The smallest group of sessions the differencing-safe report adds up: one procedure version, one
/// channel, one language, one site, one ISO week and one calendar month (a week that straddles two
/// months is two atoms). Weeks and months both, whatever the trend's period: a report by week and
/// one by month then add up the same atoms, and cannot be subtracted into a small group.
///
/// Every filter the dashboard offers (dates snapped to whole weeks, channel, language, site,
/// version) selects whole atoms, so every view is a union of atoms; see docs/analytics.md.
struct Atom: Hashable {
    var procedure: String
    var version: String
    var channel: Channel
    var locale: String
    var site: String?
    /// First day (Monday) of the ISO week the session started in, days since 1970.
    var week: Int64
    /// First day of the month the session started in.
    var month: Int64

    init(opening: Opening) {
        procedure = opening.procedure
        version = opening.version
        channel = opening.channel
        locale = opening.locale
        site = opening.site
        week = UTCCalendar.periodStartDay(of: opening.time, .week)
        month = UTCCalendar.periodStartDay(of: opening.time, .month)
    }

    /// One string per atom, for the fold's table of tallies.
    var key: String {
        [procedure, version, channel.rawValue, locale, site.map { "s" + $0 } ?? "-", String(week), String(month)]
            .joined(separator: "\u{1F}")
    }
}
