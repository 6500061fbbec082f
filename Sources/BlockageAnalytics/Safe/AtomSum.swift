import ProcedureModel

/// A procedure's atoms added up, counts under K left out of each (see
/// ``BlockageAnalytics/differencingSafeReport(from:filter:minimumGroup:period:version:now:)``).
///
/// What is left out is not lost: per week (and month), the left-out parts of all atoms are
/// added into one more group, "the others", itself shown only where it reaches K. A view that does
/// not split sessions by site, language, channel or version takes each week's others whole: any two
/// views still differ by whole groups of at least K.
struct AtomSum {
    /// When an atom's sessions started: its ISO week and its month.
    struct Time: Hashable, Comparable {
        var week: Int64
        var month: Int64

        static func < (left: Time, right: Time) -> Bool {
            (left.week, left.month) < (right.week, right.month)
        }
    }

    var tally: ProcedureTally
    /// Sessions per dwell-time bucket, by step id: summed from each atom's buckets, since buckets
    /// counted on the pooled durations would be differences waiting to be taken.
    var dwellBuckets: [String: [Int]] = [:]
    /// The left-out parts, per week and period.
    private(set) var others: [Time: ProcedureTally] = [:]

    init(procedure: String) {
        tally = ProcedureTally(id: procedure)
    }

    /// Adds an atom; `time` is where its left-out parts go, `nil` for a view that will not take the
    /// others (nothing is then kept for them).
    ///
    /// - Parameter floor: the others take only the parts under this K, never those between it and
    ///   `rule`'s: otherwise a count of 5 hidden at K = 6 would join the others, and the view at
    ///   K = 5 minus the view at K = 6 could leave a small group.
    mutating func add(atom: ProcedureTally, at time: Time?, _ rule: SmallGroups, floor: SmallGroups) {
        add(atom: atom, rule)
        if let time { others[time, default: ProcedureTally(id: atom.id)].add(atom: atom, keeping: floor.hidden) }
    }

    /// Adds each week's others, as one more atom each.
    mutating func addOthers(_ rule: SmallGroups) {
        for time in others.keys.sorted() {
            if let other = others[time] { add(atom: other, rule) }
        }
    }

    private mutating func add(atom: ProcedureTally, _ rule: SmallGroups) {
        tally.add(atom: atom, keeping: rule.visible)
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
    /// Adds the part `kept` keeps of each of an atom's counts: ``SmallGroups/visible(_:)`` leaves
    /// counts under K out, so that every sum is made of counts of at least K people; subtracting two
    /// sums can then never give a group of 1 to K − 1. ``SmallGroups/hidden(_:)`` keeps only those.
    ///
    /// Durations enter only from atoms whose number of measured sessions is kept, and path order only
    /// from atoms whose number of sessions that reached the step is kept.
    mutating func add(atom: ProcedureTally, keeping kept: (Int) -> Int) {
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
        sessions.add(atom.sessions, keeping: kept)
        for (channel, tally) in atom.channels.pairs { channels.update(channel, making: SessionTally.init) { $0.add(tally, keeping: kept) } }
        for (locale, tally) in atom.locales.pairs { locales.update(locale, making: SessionTally.init) { $0.add(tally, keeping: kept) } }
        for (site, tally) in atom.sites.pairs { sites.update(site, making: SessionTally.init) { $0.add(tally, keeping: kept) } }
        let count = stepIDs.count
        for (day, tally) in atom.periods.pairs {
            periods.update(day, making: PeriodTally.init) { $0.add(tally, steps: steps, count: count, keeping: kept) }
        }
        feedback.add(atom.feedback, keeping: kept)
    }
}

extension SessionTally {
    /// Adds the part `kept` keeps of another tally's counts.
    mutating func add(_ other: SessionTally, keeping kept: (Int) -> Int) {
        started += kept(other.started)
        completed += kept(other.completed)
        abandoned += kept(other.abandoned)
        timedOut += kept(other.timedOut)
        stopped += kept(other.stopped)
        inProgress += kept(other.inProgress)
    }
}

extension PeriodTally {
    /// Adds the part `kept` keeps of an atom's period, its step `i` being step `steps[i]` here.
    mutating func add(_ other: PeriodTally, steps: [Int], count: Int, keeping kept: (Int) -> Int) {
        sessions.add(other.sessions, keeping: kept)
        if reached.count < count {
            reached.append(contentsOf: repeatElement(0, count: count - reached.count))
            exits.append(contentsOf: repeatElement(0, count: count - exits.count))
        }
        for (from, to) in steps.enumerated() where from < other.reached.count {
            reached[to] += kept(other.reached[from])
            exits[to] += kept(other.exits[from])
        }
    }
}

extension FeedbackTally {
    /// Adds the part `kept` keeps of another tally's answers.
    mutating func add(_ other: FeedbackTally, keeping kept: (Int) -> Int) {
        good += kept(other.good)
        neutral += kept(other.neutral)
        bad += kept(other.bad)
    }
}
