public import EventLog

extension BlockageAnalytics {
    /// The dashboard's report: the numbers of ``report(from:filter:minimumGroup:period:now:)``, made
    /// so that no two views can be subtracted to reveal a group of fewer than `minimumGroup` people.
    ///
    /// Sessions are split into atoms (version, channel, language, site, ISO week, trend period);
    /// in each atom, every count under K is left out, then the atoms are added up. What was left out
    /// of each week's atoms forms one more group, shown where it reaches K, and only in views across
    /// every site, language, channel and version. Every number shown is then a sum of counts of at
    /// least K people, and so is the difference of two views. The days
    /// are widened to whole weeks (Monday to Sunday, UTC) so that a view never cuts an atom; a session
    /// belongs to the week it started in and is read to the end of the log, so it is the same in every
    /// view. Sessions begun before the first day are left out, and their number is not given.
    ///
    /// - Parameter version: only sessions of this procedure version (for "did our change help?").
    public static func differencingSafeReport(
        from store: any EventStore, filter: EventFilter = .all, minimumGroup: Int = 5, period: ReportPeriod = .month,
        version: String? = nil, now: Int64
    ) async throws -> BlockageReport {
        let view = wholeWeeks(filter)
        var read = view
        read.until = nil
        var fold = SessionFold(period: period, now: now, splitsAtoms: true)
        fold.startsBefore = view.until
        fold.version = version
        try await store.forEachEvent(matching: read) { fold.add($0) }
        fold.finish()
        let rule = SmallGroups(minimum: minimumGroup)
        var sums: [AtomSum] = []
        var positions: [String: Int] = [:]
        for (atom, place) in zip(fold.tallies, fold.atoms) {
            let position = positions[atom.id] ?? sums.count
            if position == sums.count {
                positions[atom.id] = position
                sums.append(AtomSum(procedure: atom.id))
            }
            sums[position].add(atom: atom, at: AtomSum.Time(week: place.week, period: place.period), rule)
        }
        // The others belong to no site, language, channel or version: only a view across all of them
        // may take them.
        if view.site == nil, view.locale == nil, view.channel == nil, version == nil {
            for index in sums.indices { sums[index].addOthers(rule) }
        }
        sums.sort { $0.tally.id < $1.tally.id }
        return BlockageReport(
            generatedAt: now, filter: view, minimumGroup: rule.minimum, period: period, sessionsWithoutStart: .suppressed,
            procedures: sums.map { $0.report(rule, period: period) }, stuckPoints: StuckRanking.rank(sums.map(\.tally), rule))
    }

    /// `filter` with its days widened to whole ISO weeks: from the Monday on or before `since`, to the
    /// Monday after the week of the last day.
    public static func wholeWeeks(_ filter: EventFilter) -> EventFilter {
        var widened = filter
        widened.since = filter.since.map { UTCCalendar.periodStartDay(of: $0, .week) * UTCCalendar.dayMilliseconds }
        widened.until = filter.until.map { until in
            // `until` is exclusive: the week of its last millisecond ends at the next Monday.
            (UTCCalendar.periodStartDay(of: until - 1, .week) + 7) * UTCCalendar.dayMilliseconds
        }
        return widened
    }
}
