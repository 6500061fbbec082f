import BlockageAnalytics
import EventLog
import ProcedureModel

/// Two sessions for the export tests, with things exports must never write: a typed answer and a
/// worker's free text where a category should be.
enum ExportLog {
    static let secretAnswer = "12 rue des Lilas"
    static let freeText = "Mme Dupont n'a pas ses papiers"

    static var events: [GuideEvent] {
        var first = Walk("s-1", at: monday, start: "foyer", site: "nord")
        first.signal(.helpAsked, after: 3)
        first.answer(after: 5, then: "revenus")
        first.back(after: 2, to: "foyer")
        first.answer(after: 4, then: "revenus")
        first.complete(after: 6, at: "ok")
        var second = Walk("s-2", at: monday + 60_000, start: "foyer", channel: .assisted, site: nil, locale: "ar")
        second.signal(.workerNote, after: 1, reason: freeText)
        second.signal(.inputRejected, after: 1, reason: "not-a-number")
        second.end(.timedOut, after: 0.5)
        var events = first.events + second.events
        // An answer typed in, as a non-sensitive question would log it.
        events[events.firstIndex { $0.kind == .answered } ?? 0].value = secretAnswer
        return events
    }

    static func export(_ format: ExportFormat, filter: EventFilter = .all) async throws -> String {
        var text = ""
        try await format.export(from: MemoryEventStore(events), filter: filter) { text += $0 }
        return text
    }
}
