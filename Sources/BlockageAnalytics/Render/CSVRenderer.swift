import ProcedureModel

/// The report as one long CSV table, a number a line, for spreadsheets and pivot tables:
/// `section,procedure,step,period,group,measure,value`.
///
/// Counts are whole numbers, rates fractions with four decimals, durations milliseconds; a hidden
/// number reads `<K`, a duration nobody was measured for is empty.
public enum CSVRenderer {
    public static func render(_ report: BlockageReport) -> String {
        var out = CSVLines(k: report.minimumGroup)
        out.line("section", "procedure", "step", "period", "group", "measure", "value")
        out.add(.init("report"), "sessions_without_start", report.sessionsWithoutStart)
        for procedure in report.procedures { add(procedure, to: &out) }
        for point in report.stuckPoints {
            let place = CSVLines.Place("stuck", point.procedure, step: point.step, group: "\(point.rank)")
            out.line(place, "score", Wording.english.score(point.score))
            out.add(place, "reached", point.reached)
            out.add(place, "exits", point.exits)
            out.add(place, "exit_rate", point.exitRate)
            out.add(place, "struggled_rate", point.struggled)
        }
        return out.text
    }

    private static func add(_ procedure: ProcedureReport, to out: inout CSVLines) {
        let id = procedure.procedure
        let here = CSVLines.Place("procedure", id)
        let sessions = procedure.sessions
        for (measure, cell) in [
            ("started", sessions.started), ("completed", sessions.completed), ("not_completed", sessions.notCompleted),
            ("abandoned", sessions.abandoned), ("timed_out", sessions.timedOut), ("stopped", sessions.stopped),
            ("in_progress", sessions.inProgress),
        ] { out.add(here, measure, cell) }
        out.add(here, "completion_rate", sessions.completionRate)
        out.add(here, "completion", procedure.timeToCompletion)
        out.add(here, "answer", procedure.timeToAnswer)
        for outcome in procedure.outcomes {
            out.add(.init("outcome", id, step: outcome.step, group: outcome.result ?? ""), "sessions", outcome.sessions)
        }
        for step in procedure.steps { add(step, of: id, to: &out) }
        for (kind, groups) in [("channel", procedure.audience.channels), ("locale", procedure.audience.locales), ("site", procedure.audience.sites)] {
            for group in groups {
                let place = CSVLines.Place("audience", id, group: "\(kind)=\(group.name ?? "")")
                out.add(place, "started", group.started)
                out.add(place, "completion_rate", group.completionRate)
            }
        }
        for entry in procedure.trend {
            let place = CSVLines.Place("trend", id, period: entry.period)
            out.add(place, "started", entry.started)
            out.add(place, "completion_rate", entry.completionRate)
            if let worst = entry.worstStep {
                out.add(.init("trend", id, step: worst.step, period: entry.period), "worst_step_exit_rate", .value(worst.exitRate))
            }
        }
    }

    private static func add(_ step: StepReport, of procedure: String, to out: inout CSVLines) {
        let place = CSVLines.Place("step", procedure, step: step.step)
        out.add(place, "reached", step.reached)
        out.add(place, "exits", step.exits)
        out.add(place, "exit_rate", step.exitRate)
        out.add(place, "dwell", step.dwell)
        let signals = step.signals
        for (measure, cell) in [
            ("help_asked_rate", signals.helpAsked), ("audio_replayed_rate", signals.audioReplayed),
            ("back_rate", signals.back), ("no_input_rate", signals.noInput), ("input_rejected_rate", signals.inputRejected),
            ("handed_off_rate", signals.handedOff), ("struggled_rate", signals.struggled),
        ] { out.add(place, measure, cell) }
        for (bucket, cell) in zip(CSVLines.bucketNames, step.dwellHistogram) {
            out.add(.init("dwell", procedure, step: step.step, group: bucket), "sessions", cell)
        }
        for note in step.workerNotes {
            out.add(.init("worker_note", procedure, step: step.step, group: note.category.rawValue), "sessions", note.sessions)
        }
    }
}
