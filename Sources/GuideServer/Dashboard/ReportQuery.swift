import BlockageAnalytics
import EventLog
import Foundation
import Hummingbird
import ProcedureModel

/// The dashboard's filters, read from a query string: the same as `ariane report`'s options.
struct ReportQuery: Sendable {
    /// Below this, a cell could single somebody out; the dashboard never goes lower.
    static let smallestGroup = 5

    var filter = EventFilter()
    var period: ReportPeriod = .month
    var minimumGroup = smallestGroup

    /// Reads `procedure`, `since`, `until` (YYYY-MM-DD, UTC), `channel`, `site`, `locale`, `period`
    /// (week or month) and `min-group`; a malformed value is a 400 that names it.
    init(_ parameters: [String: String]) throws {
        func text(_ name: String) -> String? {
            parameters[name].flatMap { $0.isEmpty ? nil : $0 }
        }
        filter.procedure = text("procedure")
        filter.site = text("site")
        filter.locale = text("locale")
        if let since = text("since") { filter.since = try Self.day(since, name: "since") }
        if let until = text("until") { filter.until = try Self.day(until, name: "until") + 86_400_000 }
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

    /// Midnight UTC of `YYYY-MM-DD`, in ms since 1970.
    static func day(_ text: String, name: String) throws -> Int64 {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        var components = DateComponents()
        components.timeZone = TimeZone(identifier: "UTC")
        if parts.count == 3 { (components.year, components.month, components.day) = (parts[0], parts[1], parts[2]) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard parts.count == 3, components.isValidDate(in: calendar), let date = calendar.date(from: components) else {
            throw HTTPError(.badRequest, message: "\(name) must be a date written YYYY-MM-DD, not '\(text)'")
        }
        return Int64(date.timeIntervalSince1970 * 1000)
    }
}
