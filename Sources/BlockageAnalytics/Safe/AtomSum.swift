import ProcedureModel

/// A procedure's atoms added up, counts under K left out of each (see
/// ``BlockageAnalytics/differencingSafeReport(from:filter:minimumGroup:period:version:now:)``).
struct AtomSum {
    var tally: ProcedureTally
    /// Sessions per dwell-time bucket, by step id: summed from each atom's buckets, since buckets
    /// counted on the pooled durations would be differences waiting to be taken.
    var dwellBuckets: [String: [Int]] = [:]

    init(procedure: String) {
        tally = ProcedureTally(id: procedure)
    }

    mutating func add(atom: ProcedureTally, _ rule: SmallGroups) {
        tally.add(atom: atom, rule)
        for (step, id) in atom.stepIDs.enumerated() {
            let counts = DwellHistogram.counts(of: atom.dwell[step]).map(rule.visible)
            dwellBuckets[id] = zip(dwellBuckets[id] ?? Array(repeating: 0, count: counts.count), counts).map { $0 + $1 }
        }
    }

    /// The procedure's report, its dwell histograms from the summed buckets.
    func report(_ rule: SmallGroups, period: ReportPeriod) -> ProcedureReport {
        var report = tally.report(rule, period: period)
        for index in report.steps.indices {
            report.steps[index].dwellHistogram = (dwellBuckets[report.steps[index].step] ?? []).map(rule.count)
        }
        return report
    }
}

extension ProcedureTally {
    /// Adds an atom's totals, each count below K left out (as zero), so that every sum is made of
    /// counts of at least K people: subtracting two sums can then never give a group of 1 to K − 1.
    ///
    /// Durations enter only from atoms where K sessions or more were measured, and path order only
    /// from atoms where K sessions or more reached the step.
    mutating func add(atom: ProcedureTally, _ rule: SmallGroups) {
        let kept = rule.visible
        versions.formUnion(atom.versions)
        // The atom's step numbers, as this tally numbers them.
        let steps = atom.stepIDs.map { number(of: $0, guess: -1) }
        for (from, to) in steps.enumerated() {
            reached[to] += kept(atom.reached[from])
            exits[to] += kept(atom.exits[from])
            if kept(atom.reached[from]) > 0 { positionSum[to] += atom.positionSum[from] }
            struggled[to] += kept(atom.struggled[from])
            struggledStayed[to] += kept(atom.struggledStayed[from])
            for bit in marked.indices { marked[bit][to] += kept(atom.marked[bit][from]) }
            if kept(atom.dwell[from].count) > 0 { dwell[to] += atom.dwell[from] }
            outcomeSessions[to] += kept(atom.outcomeSessions[from])
            if outcomeResults[to] == nil, kept(atom.outcomeSessions[from]) > 0 { outcomeResults[to] = atom.outcomeResults[from] }
        }
        if kept(atom.completionTimes.count) > 0 { completionTimes += atom.completionTimes }
        if kept(atom.answerTimes.count) > 0 { answerTimes += atom.answerTimes }
        sessions.add(atom.sessions, rule)
        for (channel, tally) in atom.channels.pairs { channels.update(channel, making: SessionTally.init) { $0.add(tally, rule) } }
        for (locale, tally) in atom.locales.pairs { locales.update(locale, making: SessionTally.init) { $0.add(tally, rule) } }
        for (site, tally) in atom.sites.pairs { sites.update(site, making: SessionTally.init) { $0.add(tally, rule) } }
        let count = stepIDs.count
        for (day, tally) in atom.periods.pairs {
            periods.update(day, making: PeriodTally.init) { $0.add(tally, steps: steps, count: count, rule) }
        }
        feedback.add(atom.feedback, rule)
    }
}

extension SessionTally {
    /// Adds another tally's counts, those below K left out.
    mutating func add(_ other: SessionTally, _ rule: SmallGroups) {
        started += rule.visible(other.started)
        completed += rule.visible(other.completed)
        abandoned += rule.visible(other.abandoned)
        timedOut += rule.visible(other.timedOut)
        stopped += rule.visible(other.stopped)
        inProgress += rule.visible(other.inProgress)
    }
}

extension PeriodTally {
    /// Adds an atom's period, its step `i` being step `steps[i]` here, counts below K left out.
    mutating func add(_ other: PeriodTally, steps: [Int], count: Int, _ rule: SmallGroups) {
        sessions.add(other.sessions, rule)
        if reached.count < count {
            reached.append(contentsOf: repeatElement(0, count: count - reached.count))
            exits.append(contentsOf: repeatElement(0, count: count - exits.count))
        }
        for (from, to) in steps.enumerated() where from < other.reached.count {
            reached[to] += rule.visible(other.reached[from])
            exits[to] += rule.visible(other.exits[from])
        }
    }
}

extension FeedbackTally {
    /// Adds another tally's answers, those below K left out.
    mutating func add(_ other: FeedbackTally, _ rule: SmallGroups) {
        good += rule.visible(other.good)
        neutral += rule.visible(other.neutral)
        bad += rule.visible(other.bad)
    }
}
