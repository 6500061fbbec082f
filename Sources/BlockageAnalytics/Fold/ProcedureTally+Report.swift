import ProcedureModel

extension ProcedureTally {
    /// The procedure's part of the report, with the small-group rule applied to every number.
    func report(_ rule: SmallGroups, period: ReportPeriod) -> ProcedureReport {
        var times = completionTimes
        var waits = answerTimes
        let order = pathOrder()
        return ProcedureReport(
            procedure: id,
            versions: versions.sorted(),
            sessions: sessions.counts(rule),
            outcomes: stepIDs.indices.filter { outcomeSessions[$0] > 0 }
                .map { OutcomeCount(step: stepIDs[$0], result: outcomeResults[$0], sessions: rule.count(outcomeSessions[$0])) }
                .sorted { (rule.visible($0.sessions.value ?? 0), $1.step) > (rule.visible($1.sessions.value ?? 0), $0.step) },
            timeToCompletion: Quantiles.durations(&times, rule),
            timeToAnswer: Quantiles.durations(&waits, rule),
            steps: order.map { stepReport($0, rule) },
            audience: Audience(
                channels: channels.pairs.sorted { $0.0.rawValue < $1.0.rawValue }.map { $0.1.group($0.0.rawValue, rule) },
                locales: locales.pairs.sorted { $0.0 < $1.0 }.map { $0.1.group($0.0, rule) },
                sites: sites.pairs.sorted { ($0.0 ?? "") < ($1.0 ?? "") }.map { $0.1.group($0.0, rule) }
            ),
            trend: periods.pairs.sorted { $0.0 < $1.0 }.map { trendEntry($0.0, $0.1, order: order, rule, period) },
            feedback: feedback.counts(rule)
        )
    }

    /// Steps some session entered, by the average position of their first entry, then by id.
    func pathOrder() -> [Int] {
        stepIDs.indices
            .filter { reached[$0] > 0 }
            .sorted { left, right in
                // Compare a/b < c/d as a·d < c·b: exact, no rounding.
                let lhs = positionSum[left] * reached[right]
                let rhs = positionSum[right] * reached[left]
                return lhs != rhs ? lhs < rhs : stepIDs[left] < stepIDs[right]
            }
    }

    private func stepReport(_ step: Int, _ rule: SmallGroups) -> StepReport {
        var times = dwell[step]
        let durations = Quantiles.durations(&times, rule)
        let reach = reached[step]
        func rate(_ mark: StepMarks) -> Cell<Double> {
            rule.rate(marked[mark.rawValue.trailingZeroBitCount][step], of: reach)
        }
        return StepReport(
            step: stepIDs[step], reached: rule.count(reach), exits: rule.count(exits[step]),
            exitRate: rule.rate(exits[step], of: reach), dwell: durations,
            dwellHistogram: DwellHistogram.buckets(of: dwell[step], rule),
            signals: StepSignals(
                helpAsked: rate(.helpAsked), audioReplayed: rate(.audioReplayed), back: rate(.back),
                noInput: rate(.noInput), inputRejected: rate(.inputRejected), handedOff: rate(.handedOff),
                struggled: rule.rate(struggled[step], of: reach)
            ),
            workerNotes: BlockageCategory.allCases.compactMap { category in
                let sessions = marked[StepMarks.note(category).rawValue.trailingZeroBitCount][step]
                return sessions > 0 ? WorkerNoteCount(category: category, sessions: rule.count(sessions)) : nil
            }
        )
    }

    private func trendEntry(_ day: Int64, _ tally: PeriodTally, order: [Int], _ rule: SmallGroups, _ period: ReportPeriod) -> PeriodReport {
        var worst: WorstStep?
        for step in order where step < tally.reached.count {
            guard let rate = rule.rate(tally.exits[step], of: tally.reached[step]).value, rate > 0 else { continue }
            if rate > (worst?.exitRate ?? 0) { worst = WorstStep(step: stepIDs[step], exitRate: rate) }
        }
        return PeriodReport(
            period: UTCCalendar.label(periodStartingOn: day, period), start: day * UTCCalendar.dayMilliseconds,
            started: rule.count(tally.sessions.started),
            completionRate: rule.rate(tally.sessions.completed, of: tally.sessions.started), worstStep: worst)
    }
}

extension SessionTally {
    func counts(_ rule: SmallGroups) -> SessionCounts {
        SessionCounts(
            started: rule.count(started), completed: rule.count(completed),
            completionRate: rule.rate(completed, of: started),
            notCompleted: rule.count(abandoned + timedOut + stopped), abandoned: rule.count(abandoned),
            timedOut: rule.count(timedOut), stopped: rule.count(stopped), inProgress: rule.count(inProgress))
    }

    func group(_ name: String?, _ rule: SmallGroups) -> AudienceGroup {
        AudienceGroup(name: name, started: rule.count(started), completionRate: rule.rate(completed, of: started))
    }
}
