import EventLog
import ProcedureModel

/// The report as plain text for a terminal: stuck points first, then each procedure.
public enum TableRenderer {
    public static func render(_ report: BlockageReport) -> String {
        let words = Wording.english
        let k = report.minimumGroup
        var text = "Blockage report, generated \(UTCCalendar.date(report.generatedAt)) (UTC)\n"
        text += "Events: \(describe(report.filter))\n"
        text += "Numbers from fewer than \(k) sessions are shown as \(words.hidden(k)).\n"
        text += "Sessions begun before the window, left out: \(words.count(report.sessionsWithoutStart, k))\n"
        text += "\nTen worst stuck points (score = exits + half the sessions that struggled there and went on)\n"
        if report.stuckPoints.isEmpty {
            text += "  none: no step shown lost or troubled anybody\n"
        } else {
            var table = TextTable(names: [1, 2], "rank", "procedure", "step", "score", "reached", "exits", "exit rate", "struggled")
            for point in report.stuckPoints {
                table.add([
                    "\(point.rank)", point.procedure, point.step, words.score(point.score), words.count(point.reached, k),
                    words.count(point.exits, k), words.percent(point.exitRate, k), words.percent(point.struggled, k),
                ])
            }
            text += table.render(indent: "  ")
        }
        for procedure in report.procedures {
            text += "\n" + render(procedure, k, period: report.period)
        }
        return text
    }

    /// "all" or the filters that were set, in a line.
    static func describe(_ filter: EventFilter) -> String {
        var parts: [String] = []
        if let procedure = filter.procedure { parts.append("procedure \(procedure)") }
        if let since = filter.since { parts.append("from \(UTCCalendar.date(since))") }
        if let until = filter.until { parts.append("before \(UTCCalendar.date(until))") }
        if let channel = filter.channel { parts.append("channel \(channel.rawValue)") }
        if let site = filter.site { parts.append("site \(site)") }
        if let locale = filter.locale { parts.append("locale \(locale)") }
        return parts.isEmpty ? "all" : parts.joined(separator: ", ")
    }

    private static func render(_ procedure: ProcedureReport, _ k: Int, period: ReportPeriod) -> String {
        let words = Wording.english
        let sessions = procedure.sessions
        var text = "== \(procedure.procedure) (version \(procedure.versions.joined(separator: ", "))) ==\n"
        text += "Sessions: \(words.count(sessions.started, k)) started, \(words.count(sessions.completed, k)) completed "
        text += "(\(words.percent(sessions.completionRate, k))), \(words.count(sessions.notCompleted, k)) not completed "
        text += "(\(words.count(sessions.abandoned, k)) abandoned, \(words.count(sessions.timedOut, k)) timed out, "
        text += "\(words.count(sessions.stopped, k)) stopped), \(words.count(sessions.inProgress, k)) in progress\n"
        let outcomes = procedure.outcomes.map { "\($0.step) (\($0.result ?? "-")) \(words.count($0.sessions, k))" }
        text += "Outcomes: \(outcomes.isEmpty ? "none" : outcomes.joined(separator: ", "))\n"
        let time = procedure.timeToCompletion
        text += "Time to completion: median \(words.duration(time.medianMilliseconds, k)), "
        text += "p90 \(words.duration(time.p90Milliseconds, k))\n"
        let wait = procedure.timeToAnswer
        text += "Time to answer a call for a person: \(words.count(wait.measured, k)) answered, median "
        text += "\(words.duration(wait.medianMilliseconds, k)), p90 \(words.duration(wait.p90Milliseconds, k))\n\n"
        text += StepTable.render(procedure.steps, k)
        text += "\nTrend by \(period == .week ? "ISO week" : "month") of session start\n"
        var trend = TextTable(names: [3], "period", "started", "completed", "worst step", "exit rate")
        for entry in procedure.trend {
            trend.add([
                entry.period, words.count(entry.started, k), words.percent(entry.completionRate, k),
                entry.worstStep?.step ?? "-", entry.worstStep.map { words.percent($0.exitRate) } ?? "-",
            ])
        }
        text += trend.render(indent: "  ")
        text += "\nFor whom\n"
        var audience = TextTable("group", "started", "completed")
        for (kind, groups) in [("channel", procedure.audience.channels), ("locale", procedure.audience.locales), ("site", procedure.audience.sites)] {
            for group in groups {
                audience.add(["\(kind) \(group.name ?? "none")", words.count(group.started, k), words.percent(group.completionRate, k)])
            }
        }
        text += audience.render(indent: "  ")
        return text
    }
}

/// The per-step table of one procedure, in path order.
enum StepTable {
    static func render(_ steps: [StepReport], _ k: Int) -> String {
        let words = Wording.english
        var table = TextTable(
            names: [12], "step", "reached", "exits", "exit rate", "dwell median", "dwell p90", "help", "replay", "back", "no input",
            "rejected", "hand-off", "worker notes")
        for step in steps {
            let signals = step.signals
            let notes = step.workerNotes.map { "\($0.category.rawValue) \(words.count($0.sessions, k))" }
            table.add(
                [step.step, words.count(step.reached, k), words.count(step.exits, k), words.percent(step.exitRate, k)]
                    + [words.duration(step.dwell.medianMilliseconds, k), words.duration(step.dwell.p90Milliseconds, k)]
                    + [signals.helpAsked, signals.audioReplayed, signals.back, signals.noInput, signals.inputRejected, signals.handedOff]
                    .map { words.percent($0, k) }
                    + [notes.isEmpty ? "-" : notes.joined(separator: ", ")])
        }
        return table.render(indent: "  ")
    }
}
