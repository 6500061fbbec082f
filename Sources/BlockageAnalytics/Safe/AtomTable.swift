import EventLog
import ProcedureModel

/// A view's sessions, read once and split into atoms: any report of the view, or of the view
/// narrowed to some atoms, is added up from it.
struct AtomTable {
    let view: EventFilter
    let period: ReportPeriod
    let now: Int64
    let tallies: [ProcedureTally]
    let atoms: [Atom]

    /// The atoms added up. The others (see ``AtomSum``) are added only to a view across every site,
    /// language, channel and version.
    ///
    /// - Parameter narrowed: the view with a channel or a language as filter, which keeps only the
    ///   atoms of that channel or language, as reading the log with that filter would.
    func report(minimumGroup: Int, version: String? = nil, narrowedTo narrowed: EventFilter? = nil) -> BlockageReport {
        let rule = SmallGroups(minimum: minimumGroup)
        let floor = SmallGroups(minimum: min(minimumGroup, BlockageAnalytics.differencingFloor))
        let filter = narrowed ?? view
        let takesOthers = filter.site == nil && filter.locale == nil && filter.channel == nil && version == nil
        var sums: [AtomSum] = []
        var positions: [String: Int] = [:]
        for (tally, atom) in zip(tallies, atoms) {
            if let channel = filter.channel, atom.channel != channel { continue }
            if let locale = filter.locale, atom.locale != locale { continue }
            let position = positions[tally.id] ?? sums.count
            if position == sums.count {
                positions[tally.id] = position
                sums.append(AtomSum(procedure: tally.id))
            }
            sums[position].add(atom: tally, at: takesOthers ? AtomSum.Time(week: atom.week, month: atom.month) : nil, rule, floor: floor)
        }
        if takesOthers {
            for index in sums.indices { sums[index].addOthers(rule) }
        }
        sums.sort { $0.tally.id < $1.tally.id }
        return BlockageReport(
            generatedAt: now, filter: filter, minimumGroup: rule.minimum, period: period, sessionsWithoutStart: .suppressed,
            procedures: sums.map { $0.report(rule, period: period) }, stuckPoints: StuckRanking.rank(sums.map(\.tally), rule))
    }
}
