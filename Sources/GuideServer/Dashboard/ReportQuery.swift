import BlockageAnalytics
import EventLog
import Hummingbird
import ProcedureModel

/// The dashboard's filters, read from a query string: the same as `ariane report`'s options.
struct ReportQuery: Sendable {
    /// Below this, a cell could single somebody out; the dashboard never goes lower.
    static let smallestGroup = 5

    var filter = EventFilter()
    var period: ReportPeriod = .month
    var minimumGroup = smallestGroup

    /// Reads `procedure`, `since`, `until` (YYYY-MM-DD, UTC, read as ``DayRange``), `channel`, `site`,
    /// `locale`, `period` (week or month) and `min-group`; a malformed value is a 400 that names it.
    init(_ parameters: [String: String]) throws {
        func text(_ name: String) -> String? {
            parameters[name].flatMap { $0.isEmpty ? nil : $0 }
        }
        filter.procedure = text("procedure")
        filter.site = text("site")
        filter.locale = text("locale")
        do {
            let days = try DayRange(since: text("since"), until: text("until"), names: ("since", "until"))
            (filter.since, filter.until) = (days.since, days.until)
        } catch {
            throw HTTPError(.badRequest, message: error.description)
        }
        if let channel = text("channel") {
            guard let value = Channel(rawValue: channel) else {
                throw HTTPError(.badRequest, message: "channel must be kiosk, assisted or terminal, not '\(channel)'")
            }
            filter.channel = value
        }
        if let period = text("period") {
            switch period {
            case "week": self.period = .week
            case "month": self.period = .month
            default: throw HTTPError(.badRequest, message: "period must be week or month, not '\(period)'")
            }
        }
        if let group = text("min-group") {
            guard let value = Int(group), value >= Self.smallestGroup else {
                throw HTTPError(.badRequest, message: "min-group must be a whole number of at least \(Self.smallestGroup)")
            }
            minimumGroup = value
        }
    }
}
