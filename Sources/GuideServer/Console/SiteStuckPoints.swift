import BlockageAnalytics
import EventLog
import Foundation
import ProcedureModel

/// One of the week's worst stuck points at the worker's site, as the console's home lists it.
struct StuckItem {
    let rank: Int
    let procedureTitle: String
    /// The question residents saw (in French), not the step's id.
    let question: String
    /// The step's page on the console.
    let href: String
    /// "31 %" of the residents who reached the step stopped there, or why the share is not shown.
    let stopped: String
    /// "45 %" had trouble there (help, no answer, answer refused, a person called, a note).
    let struggled: String
    /// The blockage reasons workers noted there, with how many residents: "Il manque un papier (6)".
    let reasons: [String]
}

extension GuideServices {
    /// How many stuck points the home lists.
    static let stuckPointsShown = 5
    /// The week the home looks back on, in milliseconds.
    static let stuckPointsWeek: Int64 = 7 * 24 * 60 * 60 * 1000

    /// The last seven days' events of this site (every event on a server without a site name), summed
    /// up by BlockageAnalytics with the dashboard's small-group rule.
    func siteReport(at now: Int64) async throws -> BlockageReport {
        try await BlockageAnalytics.report(
            from: store, filter: EventFilter(since: now - Self.stuckPointsWeek, site: settings.site),
            minimumGroup: ReportQuery.smallestGroup, period: .week, now: now)
    }

    /// The week's five worst stuck points of this site, worst first.
    func siteStuckPoints(at now: Int64) async throws -> [StuckItem] {
        let report = try await siteReport(at: now)
        return report.stuckPoints.prefix(Self.stuckPointsShown).map { point in
            let procedure = library.procedure(point.procedure)
            let step = report.procedures.first { $0.procedure == point.procedure }?.steps.first { $0.step == point.step }
            return StuckItem(
                rank: point.rank, procedureTitle: procedure?.title ?? point.procedure,
                question: procedure?.step(point.step)?.prompt.text ?? point.step,
                href: StepPage.href(procedure: point.procedure, step: point.step),
                stopped: ConsoleShares.text(point.exitRate), struggled: ConsoleShares.text(point.struggled),
                reasons: ConsoleShares.reasons(step?.workerNotes ?? []))
        }
    }
}

/// Shares and counts of a report as workers read them: "31 %", and a plain sentence when the small-group
/// rule hides the number.
enum ConsoleShares {
    static let hidden = "trop peu de personnes pour le dire"

    static func text(_ rate: Cell<Double>) -> String {
        guard let rate = rate.value else { return hidden }
        return "\(Int((rate * 100).rounded()))\u{202F}%"
    }

    static func count(_ count: Cell<Int>) -> String {
        count.value.map(String.init) ?? "moins de \(ReportQuery.smallestGroup)"
    }

    /// "Il manque un papier (6)", the most noted first.
    static func reasons(_ notes: [WorkerNoteCount]) -> [String] {
        notes.sorted { ($0.sessions.value ?? 0) > ($1.sessions.value ?? 0) }.map { "\($0.category.label) (\(count($0.sessions)))" }
    }
}
