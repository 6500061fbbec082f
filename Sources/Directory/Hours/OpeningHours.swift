public import Foundation

/// A place's `horaires` (OpenStreetMap `opening_hours`), evaluated on the clock of the place: Europe/Paris.
public struct OpeningHours: Sendable {
    /// As the source wrote it: what is shown when it cannot be read.
    public let text: String
    private let rules: [OpeningRule]?

    public init(_ text: String) {
        self.text = text
        rules = try? OpeningRulesParser.rules(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Whether the rules could be read; if not, only ``text`` is shown.
    public var isReadable: Bool { rules != nil }

    /// France's clock: the data gives local times, and France changes to and from summer time.
    public static let timeZone = TimeZone(identifier: "Europe/Paris") ?? TimeZone(secondsFromGMT: 3600) ?? .current

    /// Open now and until when, or when it opens next, at `date`; closed until `closedUntil` (YYYY-MM-DD) included.
    public func status(at date: Date, closedUntil: String? = nil) -> OpeningStatus {
        guard let rules else { return .unreadable(text) }
        let (today, minute) = Self.localTime(date)
        let closedThrough = closedUntil.flatMap(CivilDay.init)
        // Search far enough to step over a holiday closure of a few weeks.
        let horizon = max(8, (closedThrough.map { $0.ordinal - today.ordinal } ?? 0) + 8)
        func spans(_ offset: Int) -> [Range<Int>] {
            let day = today.adding(days: offset)
            if let closedThrough, day <= closedThrough { return [] }
            return Self.spans(rules, on: day)
        }
        if let current = spans(0).first(where: { $0.contains(minute) }) {
            // Follow the opening through midnights (overnight hours, 24/7) until it closes.
            var end = current.upperBound
            var offset = 0
            while end == 1440 {
                guard offset < horizon else { return .open(until: nil) }
                guard let next = spans(offset + 1).first(where: { $0.lowerBound == 0 }) else { break }
                offset += 1
                end = next.upperBound
            }
            return .open(until: OpeningMoment(day: today.adding(days: offset), minute: end, daysAhead: offset))
        }
        for offset in 0...horizon {
            if let next = spans(offset).first(where: { offset > 0 || $0.lowerBound > minute }) {
                return .opens(at: OpeningMoment(day: today.adding(days: offset), minute: next.lowerBound, daysAhead: offset))
            }
        }
        return .closed
    }

    /// The open spans of `day`, merged, in minutes from its midnight: its own rules' and the
    /// previous day's spans that run past midnight.
    static func spans(_ rules: [OpeningRule], on day: CivilDay) -> [Range<Int>] {
        var spans = ownSpans(rules, on: day).map { $0.clamped(to: 0..<1440) }
        spans += ownSpans(rules, on: day.adding(days: -1)).filter { $0.upperBound > 1440 }.map { 0..<($0.upperBound - 1440) }
        var merged: [Range<Int>] = []
        for span in spans.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, span.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                merged.append(span)
            }
        }
        return merged
    }

    /// A later rule covering the day replaces what earlier ones said; a `,` rule adds to it.
    private static func ownSpans(_ rules: [OpeningRule], on day: CivilDay) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for rule in rules where rule.covers(day) {
            if rule.closed {
                spans = []
            } else if rule.additional {
                spans += rule.spans
            } else {
                spans = rule.spans
            }
        }
        return spans
    }

    /// The day and minute on the Paris clock at `date`.
    public static func localTime(_ date: Date) -> (day: CivilDay, minute: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = CivilDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        return (day, (parts.hour ?? 0) * 60 + (parts.minute ?? 0))
    }
}
