import BlockageAnalytics
import EventLog
import Hummingbird

/// "Did our change help?": the two views of one procedure to compare, read from the query string.
///
/// Either two periods (`before-since`, `before-until`, `after-since`, `after-until`, each a day
/// YYYY-MM-DD) or two procedure versions (`before-version`, `after-version`); `nil` when the query
/// asks for no comparison.
struct ComparisonQuery: Sendable {
    enum Views: Sendable {
        case periods(before: DayRange, after: DayRange)
        case versions(before: String, after: String)
    }

    var views: Views

    static let dayFields = ["before-since", "before-until", "after-since", "after-until"]
    static let labels = [
        "before-since": "« Avant, du »", "before-until": "« Avant, au »", "after-since": "« Après, du »", "after-until": "« Après, au »",
    ]

    init?(_ parameters: [String: String], procedure: String?) throws {
        func text(_ name: String) -> String? {
            parameters[name].flatMap { $0.isEmpty ? nil : $0 }
        }
        let versions = (text("before-version"), text("after-version"))
        let days = Self.dayFields.map(text)
        guard versions.0 != nil || versions.1 != nil || days.contains(where: { $0 != nil }) else { return nil }
        guard procedure != nil else {
            throw HTTPError(.badRequest, message: "Pour comparer, choisissez d'abord une démarche.")
        }
        if versions.0 != nil || versions.1 != nil {
            guard let before = versions.0, let after = versions.1 else {
                throw HTTPError(.badRequest, message: "Pour comparer deux versions, choisissez la version d'avant et celle d'après.")
            }
            views = .versions(before: before, after: after)
            return
        }
        for (field, value) in zip(Self.dayFields, days) where value == nil {
            throw HTTPError(.badRequest, message: "Pour comparer deux périodes, remplissez aussi \(Self.labels[field] ?? field).")
        }
        do {
            views = .periods(
                before: try DayRange(since: days[0], until: days[1], names: (Self.label("before-since"), Self.label("before-until"))),
                after: try DayRange(since: days[2], until: days[3], names: (Self.label("after-since"), Self.label("after-until"))))
        } catch {
            throw HTTPError(.badRequest, message: error.frenchDescription)
        }
    }

    private static func label(_ field: String) -> String {
        labels[field] ?? field
    }

    /// The filter and version of each view, from the page's own filter.
    func filters(from filter: EventFilter) -> (before: (EventFilter, String?), after: (EventFilter, String?)) {
        switch views {
        case .periods(let before, let after):
            var first = filter
            (first.since, first.until) = (before.since, before.until)
            var second = filter
            (second.since, second.until) = (after.since, after.until)
            return ((first, nil), (second, nil))
        case .versions(let before, let after):
            return ((filter, before), (filter, after))
        }
    }
}
