public import EventLog
import ProcedureModel

extension BlockageAnalytics {
    /// The smallest K the differencing-safe views are asked for: views at any two K from this one up
    /// cannot be subtracted into a group under it either (see ``AtomSum``).
    public static let differencingFloor = 5

    /// The dashboard's report: the numbers of ``report(from:filter:minimumGroup:period:now:)``, made
    /// so that no two views can be subtracted to reveal a group of fewer than `minimumGroup` people.
    ///
    /// Sessions are split into atoms (version, channel, language, site, ISO week, month);
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
        let atoms = try await readAtoms(from: store, filter: filter, period: period, version: version, now: now)
        return atoms.report(minimumGroup: minimumGroup, version: version)
    }

    /// The differencing-safe report of a view, and of the same view narrowed to each channel and to
    /// each language, from one reading of the log: "which step blocks whom". Each narrowed report is
    /// the one the view with that channel or language as filter gives.
    public static func differencingSafeBreakdown(
        from store: any EventStore, filter: EventFilter = .all, minimumGroup: Int = 5, period: ReportPeriod = .month, now: Int64
    ) async throws -> SafeBreakdown {
        let atoms = try await readAtoms(from: store, filter: filter, period: period, version: nil, now: now)
        let channels = Set(atoms.atoms.map(\.channel)).sorted { $0.rawValue < $1.rawValue }
        let locales = Set(atoms.atoms.map(\.locale)).sorted()
        func narrowed(_ change: (inout EventFilter) -> Void) -> BlockageReport {
            var filter = atoms.view
            change(&filter)
            return atoms.report(minimumGroup: minimumGroup, narrowedTo: filter)
        }
        return SafeBreakdown(
            report: atoms.report(minimumGroup: minimumGroup),
            channels: channels.map { channel in (channel, narrowed { $0.channel = channel }) },
            locales: locales.map { locale in (locale, narrowed { $0.locale = locale }) })
    }

    /// The log read once into atoms, for one view.
    private static func readAtoms(
        from store: any EventStore, filter: EventFilter, period: ReportPeriod, version: String?, now: Int64
    ) async throws -> AtomTable {
        let view = wholeWeeks(filter)
        var read = view
        read.until = nil
        var empty = SessionFold(period: period, now: now, splitsAtoms: true)
        empty.startsBefore = view.until
        empty.version = version
        var fold = try await fold(store, matching: read, from: empty)
        fold.finish()
        return AtomTable(view: view, period: period, now: now, tallies: fold.tallies, atoms: fold.atoms)
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
