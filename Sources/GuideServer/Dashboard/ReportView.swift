import BlockageAnalytics
import EventLog
import ProcedureModel

/// The report part of the dashboard page: first the steps that block people, then, folded, every
/// step, the trend and the audience.
struct ReportView {
    struct Fact {
        let term: String
        let value: String
    }

    /// One step in a table: the question, and its numbers in French.
    struct StepRow {
        let rank: String
        let procedure: String?
        let procedureHref: String?
        let name: StepName
        let reached: String
        let exits: String
        let exitRate: String
        let struggled: String
        let dwell: String
        /// The channel and the language whose residents leave there most: "whom" it blocks.
        let most: String
    }

    struct TrendRow {
        let period: String
        let started: String
        let completion: String
        let worst: StepName?
    }

    struct GroupRow {
        let group: String
        let started: String
        let completion: String
    }

    let heading: String
    let weeks: String
    let facts: [Fact]
    /// The worst stuck points, at most ``firstScreen``: what the page answers first.
    let stuck: [StepRow]
    let hasStuck: Bool
    let stuckChart: BarChart
    let steps: [StepRow]
    let trend: [TrendRow]
    let trendChart: BarChart
    let periodWord: String
    let audience: [GroupRow]
    let hasSteps: Bool
    let hasTrend: Bool

    /// As many stuck points as fit the first screen at 1366×768 with the filters above them.
    static let firstScreen = 5

    /// - Parameters:
    ///   - names: the steps' questions in the chosen language.
    ///   - titles: procedures' titles in French, the page's language.
    init(_ breakdown: SafeBreakdown, names: StepNamer, titles: StepNamer, parameters: [String: String]) {
        let report = breakdown.report
        let numbers = FrenchNumbers(k: report.minimumGroup)
        let procedure = report.filter.procedure.flatMap { id in report.procedures.first { $0.procedure == id } }
        heading = report.filter.procedure.map { "Démarche « \(titles.title($0)) »" } ?? "Toutes les démarches"
        weeks = Self.weeks(report.filter)
        let shown = report.procedures.compactMap(\.sessions.started.value).reduce(0, +)
        let completed = report.procedures.compactMap(\.sessions.completed.value).reduce(0, +)
        var facts = [
            Fact(term: "Sessions commencées", value: shown > 0 ? FrenchNumbers.whole(shown) : "aucune, ou moins de \(report.minimumGroup)"),
            Fact(term: "Terminées", value: shown > 0 ? "\(FrenchNumbers.whole(completed)) (\(FrenchNumbers.percent(Double(completed) / Double(shown))))" : "–"),
        ]
        if let procedure {
            facts.append(Fact(term: "Versions", value: procedure.versions.joined(separator: ", ")))
        }
        self.facts = facts
        let points = report.stuckPoints.prefix(Self.firstScreen)
        let stuck = points.map { point in
            StepRow(
                rank: String(point.rank), procedure: procedure == nil ? titles.title(point.procedure) : nil,
                procedureHref: procedure == nil
                    ? "/dashboard" + ViewLink.query(parameters, changing: ["procedure": point.procedure], dropping: ViewLink.comparisonFields)
                    : nil,
                name: names.step(point.procedure, point.step), reached: numbers.count(point.reached), exits: numbers.count(point.exits),
                exitRate: numbers.percent(point.exitRate), struggled: numbers.percent(point.struggled), dwell: "",
                most: Self.most(point, breakdown))
        }
        self.stuck = stuck
        hasStuck = !stuck.isEmpty
        stuckChart = BarChart(
            groups: zip(points, stuck).map { point, row in
                BarChart.Group(
                    label: "n° \(point.rank)",
                    shares: [(point.exitRate.value, row.exitRate, "exits"), (point.struggled.value, row.struggled, "struggled")])
            })
        steps = (procedure?.steps ?? []).enumerated().map { index, step in
            StepRow(
                rank: String(index + 1), procedure: nil, procedureHref: nil, name: names.step(procedure?.procedure ?? "", step.step),
                reached: numbers.count(step.reached), exits: numbers.count(step.exits), exitRate: numbers.percent(step.exitRate),
                struggled: numbers.percent(step.signals.struggled), dwell: Self.duration(step.dwell.medianMilliseconds, numbers),
                most: "")
        }
        hasSteps = !steps.isEmpty
        let trend = procedure?.trend ?? []
        self.trend = trend.map { entry in
            TrendRow(
                period: entry.period, started: numbers.count(entry.started), completion: numbers.percent(entry.completionRate),
                worst: entry.worstStep.map { names.step(procedure?.procedure ?? "", $0.step) })
        }
        hasTrend = !trend.isEmpty
        trendChart = BarChart(
            groups: trend.map { BarChart.Group(label: $0.period, shares: [($0.completionRate.value, numbers.percent($0.completionRate), "done")]) })
        periodWord = report.period == .week ? "semaine" : "mois"
        let audience = procedure?.audience
        self.audience =
            (audience?.channels ?? []).map {
                GroupRow(group: "Canal : " + Self.channel($0.name), started: numbers.count($0.started), completion: numbers.percent($0.completionRate))
            }
            + (audience?.locales ?? []).map {
                GroupRow(group: "Langue : " + ($0.name ?? "?"), started: numbers.count($0.started), completion: numbers.percent($0.completionRate))
            }
            + (audience?.sites ?? []).map {
                GroupRow(
                    group: $0.name.map { "Site : " + $0 } ?? "Sans site", started: numbers.count($0.started), completion: numbers.percent($0.completionRate))
            }
    }

    /// "Semaines entières, du lundi 2026-11-02 au dimanche 2026-11-29": the days the numbers cover.
    static func weeks(_ filter: EventFilter) -> String {
        let first = filter.since.map { "du lundi \(UTCCalendar.date($0))" } ?? "depuis le début du journal"
        let last = filter.until.map { "au dimanche \(UTCCalendar.date($0 - 86_400_000))" } ?? "jusqu'à aujourd'hui"
        return "Semaines entières (UTC), \(first) \(last)."
    }

    static func duration(_ cell: Cell<Int64>?, _ numbers: FrenchNumbers) -> String {
        guard let cell else { return "–" }
        guard let milliseconds = cell.value else { return numbers.hidden }
        let seconds = Int((Double(milliseconds) / 1000).rounded())
        return seconds < 60 ? "\(seconds)\u{A0}s" : "\(seconds / 60)\u{A0}min\u{A0}\(seconds % 60 < 10 ? "0" : "")\(seconds % 60)"
    }

    /// "borne 18 %, arabe 22 %": the channel and the language with the highest exit rate shown at
    /// the stuck point, each from the view narrowed to it; "–" when no narrowed rate is shown.
    static func most(_ point: StuckPoint, _ breakdown: SafeBreakdown) -> String {
        func rate(_ report: BlockageReport) -> Double? {
            report.procedures.first { $0.procedure == point.procedure }?.steps.first { $0.step == point.step }?.exitRate.value
        }
        func highest(_ groups: [(name: String, rate: Double?)]) -> String? {
            let shown = groups.compactMap { group in group.rate.map { (group.name, $0) } }.filter { $0.1 > 0 }
            return shown.max { $0.1 < $1.1 }.map { "\($0.0) \(FrenchNumbers.percent($0.1))" }
        }
        let parts = [
            highest(breakdown.channels.map { (channel($0.channel.rawValue), rate($0.report)) }),
            highest(breakdown.locales.map { (language($0.locale), rate($0.report)) }),
        ].compactMap { $0 }
        return parts.isEmpty ? "–" : parts.joined(separator: ", ")
    }

    /// A session language's name in French.
    static func language(_ code: String) -> String {
        ["fr": "français", "en": "anglais", "ar": "arabe", "tr": "turc", "es": "espagnol", "pt": "portugais", "ro": "roumain", "uk": "ukrainien"][
            code] ?? code
    }

    static func channel(_ name: String?) -> String {
        switch name {
        case "kiosk": "borne"
        case "assisted": "accompagné"
        case "terminal": "terminal"
        default: name ?? "?"
        }
    }
}
