import BlockageAnalytics
import EventLog
import ProcedureModel
import Testing

/// Two views allowed on their own must never be subtracted to reveal a group smaller than K.
@Suite struct DifferencingTests {
    static let k = 5
    static let day: Int64 = 86_400_000

    /// At site nord on Wednesday, 10 residents go a → b: 6 leave at b, 4 complete. At site sud, on
    /// Monday of the same week, 2 residents go a → b and leave at b: a group of 2. At site est, on
    /// Wednesday, 3 do the same.
    static let log: [Walk] = {
        var walks: [Walk] = []
        for index in 0..<10 {
            var walk = Walk("nord-\(index)", at: monday + 2 * day + Int64(index) * 60_000, start: "a", site: "nord")
            walk.answer(after: 20, then: "b")
            if index < 6 { walk.end(after: 90) } else { walk.complete(after: 30, at: "fin") }
            walks.append(walk)
        }
        for (site, count, day) in [("sud", 2, 0), ("est", 3, 2)] {
            for index in 0..<count {
                var walk = Walk("\(site)-\(index)", at: monday + Int64(day) * Self.day + Int64(index) * 60_000, start: "a", site: site)
                walk.answer(after: 20, then: "b")
                walk.end(after: 90)
                walks.append(walk)
            }
        }
        return walks
    }()

    /// Views an analyst may ask for: everything, each site, and from Wednesday on.
    static let views: [EventFilter] = [
        .all, EventFilter(site: "nord"), EventFilter(site: "sud"), EventFilter(site: "est"),
        EventFilter(since: monday + 2 * day - 9 * 3_600_000),
        EventFilter(since: monday, site: "nord"),
    ]

    typealias Report = (EventFilter) async throws -> BlockageReport

    /// The groups under K (but not empty) that subtracting a view's shown count from another's reveals.
    static func leaks(_ report: Report) async throws -> Set<Int> {
        var shown: [[String: Int]] = []
        for view in views { shown.append(counts(try await report(view))) }
        var leaks: Set<Int> = []
        for first in shown {
            for second in shown {
                for (cell, value) in first {
                    guard let other = second[cell] else { continue }
                    let difference = abs(value - other)
                    if difference > 0, difference < k { leaks.insert(difference) }
                }
            }
        }
        return leaks
    }

    @Test func naiveSuppressionLeaksTheGroupOfTwo() async throws {
        let store = MemoryEventStore(Self.log.flatMap(\.events))
        let leaks = try await Self.leaks { filter in
            try await BlockageAnalytics.report(from: store, filter: filter, minimumGroup: Self.k, now: later)
        }
        // All: 11 exits at b; from Wednesday: 9. Both shown, and 11 − 9 = the 2 of sud, hidden in sud's own view.
        #expect(leaks.contains(2))
    }

    @Test func theDifferencingSafeReportLeaksNothing() async throws {
        let store = MemoryEventStore(Self.log.flatMap(\.events))
        let leaks = try await Self.leaks { filter in
            try await BlockageAnalytics.differencingSafeReport(from: store, filter: filter, minimumGroup: Self.k, now: later)
        }
        #expect(leaks.isEmpty)
    }

    @Test func theSafeReportStillShowsTheLargeGroup() async throws {
        let store = MemoryEventStore(Self.log.flatMap(\.events))
        let nord = try await BlockageAnalytics.differencingSafeReport(from: store, filter: EventFilter(site: "nord"), minimumGroup: Self.k, now: later)
        let atNord = try #require(nord.procedures.first?.steps.first { $0.step == "b" })
        #expect(atNord.reached == .value(10))
        #expect(atNord.exits == .value(6))
        #expect(atNord.exitRate == .value(0.6))
        #expect(nord.sessionsWithoutStart == .suppressed)
        // Across sites, the week's left-out parts (sud's 2 and est's 3) count as one group of 5.
        let all = try await BlockageAnalytics.differencingSafeReport(from: store, minimumGroup: Self.k, now: later)
        let procedure = try #require(all.procedures.first)
        let b = try #require(procedure.steps.first { $0.step == "b" })
        #expect(b.reached == .value(15))
        #expect(b.exits == .value(11))
        #expect(procedure.sessions.started == .value(15))
        // Nord's 4 who completed are under K, alone among the others: hidden everywhere.
        #expect(procedure.sessions.completed == .value(0))
    }

    @Test func aBreakdownIsTheViewsNarrowedByChannelAndLanguage() async throws {
        var walks = Self.log
        for index in 0..<6 {
            var walk = Walk("aide-\(index)", at: monday + Int64(index) * 60_000, start: "a", channel: .assisted, site: "nord", locale: "ar")
            walk.answer(after: 20, then: "b")
            walk.end(after: 60)
            walks.append(walk)
        }
        let store = MemoryEventStore(walks.flatMap(\.events))
        let breakdown = try await BlockageAnalytics.differencingSafeBreakdown(from: store, minimumGroup: Self.k, now: later)
        #expect(breakdown.report == (try await BlockageAnalytics.differencingSafeReport(from: store, minimumGroup: Self.k, now: later)))
        #expect(breakdown.channels.map(\.channel) == [.assisted, .kiosk])
        #expect(breakdown.locales.map(\.locale) == ["ar", "fr"])
        for (channel, report) in breakdown.channels {
            let alone = try await BlockageAnalytics.differencingSafeReport(from: store, filter: EventFilter(channel: channel), minimumGroup: Self.k, now: later)
            #expect(report == alone, "\(channel)")
        }
        for (locale, report) in breakdown.locales {
            let alone = try await BlockageAnalytics.differencingSafeReport(from: store, filter: EventFilter(locale: locale), minimumGroup: Self.k, now: later)
            #expect(report == alone, "\(locale)")
        }
        let arabic = try #require(breakdown.locales.first { $0.locale == "ar" }?.report.procedures.first?.steps.first { $0.step == "b" })
        #expect(arabic.exitRate == .value(1))
    }

    @Test func viewsAtTwoThresholdsCannotBeSubtractedEither() async throws {
        // Nord: 5 leave at b. Sud: 2. At K = 5 nord's 5 is shown and sud's 2 left out; at K = 6 nord's
        // 5 is hidden too, but must not join the others, or 7 − 5 would give sud's 2 away.
        var walks: [Walk] = []
        for (site, count) in [("nord", 5), ("sud", 2)] {
            for index in 0..<count {
                var walk = Walk("\(site)-\(index)", at: monday + Int64(index) * 60_000, start: "a", site: site)
                walk.answer(after: 20, then: "b")
                walk.end(after: 90)
                walks.append(walk)
            }
        }
        let store = MemoryEventStore(walks.flatMap(\.events))
        var exits: [Int] = []
        for k in [5, 6, 7] {
            let report = try await BlockageAnalytics.differencingSafeReport(from: store, minimumGroup: k, now: later)
            exits.append(report.procedures.first?.steps.first { $0.step == "b" }?.exits.value ?? 0)
        }
        #expect(exits == [5, 0, 0])
    }

    @Test func reportsByWeekAndByMonthAddUpTheSameAtoms() async throws {
        // Week 2026-W49 runs from Monday 30 November to Sunday 6 December. Nord: 5 leave at b on the
        // Monday (November), 2 on the Tuesday (December). By week, 7 in one week; by month, the 5 of
        // November alone. Were atoms cut by the trend's period, 7 − 5 would give December's 2 away.
        let mondayW49 = monday + 28 * Self.day
        var walks: [Walk] = []
        for (day, count) in [(0, 5), (1, 2)] {
            for index in 0..<count {
                var walk = Walk("d\(day)-\(index)", at: mondayW49 + Int64(day) * Self.day + Int64(index) * 60_000, start: "a")
                walk.answer(after: 20, then: "b")
                walk.end(after: 90)
                walks.append(walk)
            }
        }
        let store = MemoryEventStore(walks.flatMap(\.events))
        var exits: [Int] = []
        for period in [ReportPeriod.week, .month] {
            let report = try await BlockageAnalytics.differencingSafeReport(from: store, minimumGroup: Self.k, period: period, now: later)
            exits.append(report.procedures.first?.steps.first { $0.step == "b" }?.exits.value ?? 0)
        }
        #expect(exits == [5, 5])
    }

    @Test func daysAreWidenedToWholeWeeks() {
        let wednesday = monday + 2 * Self.day
        let filter = BlockageAnalytics.wholeWeeks(EventFilter(since: wednesday, until: wednesday + Self.day))
        let mondayMidnight = monday - 9 * 3_600_000
        #expect(filter.since == mondayMidnight)
        #expect(filter.until == mondayMidnight + 7 * Self.day)
        // A range that already ends on a Sunday night stays as it is.
        #expect(BlockageAnalytics.wholeWeeks(EventFilter(until: mondayMidnight + 7 * Self.day)).until == mondayMidnight + 7 * Self.day)
    }

    /// Every count a report shows, by where it is.
    static func counts(_ report: BlockageReport) -> [String: Int] {
        var cells: [String: Int] = [:]
        func put(_ name: String, _ cell: Cell<Int>) {
            if let value = cell.value { cells[name] = value }
        }
        for procedure in report.procedures {
            let p = procedure.procedure
            let sessions = procedure.sessions
            for (name, cell) in [
                ("started", sessions.started), ("completed", sessions.completed), ("not", sessions.notCompleted),
                ("abandoned", sessions.abandoned), ("timedOut", sessions.timedOut), ("stopped", sessions.stopped),
                ("inProgress", sessions.inProgress), ("measured", procedure.timeToCompletion.measured),
            ] {
                put("\(p).\(name)", cell)
            }
            for outcome in procedure.outcomes { put("\(p).outcome.\(outcome.step)", outcome.sessions) }
            for step in procedure.steps {
                put("\(p).\(step.step).reached", step.reached)
                put("\(p).\(step.step).exits", step.exits)
                put("\(p).\(step.step).measured", step.dwell.measured)
                for (bucket, cell) in step.dwellHistogram.enumerated() { put("\(p).\(step.step).dwell\(bucket)", cell) }
            }
            for group in procedure.audience.channels + procedure.audience.locales + procedure.audience.sites {
                put("\(p).group.\(group.name ?? "-")", group.started)
            }
            for entry in procedure.trend { put("\(p).trend.\(entry.period)", entry.started) }
        }
        return cells
    }
}

/// "Did our change help?": the two-proportion test in two periods.
@Suite struct ProportionTestTests {
    @Test func aLargeDropIsMoreThanChance() {
        // 50 % then 30 % of 100: z ≈ −2.89, p ≈ 0.0039.
        let p = ProportionTest.pValue(50, of: 100, 30, of: 100)
        #expect(abs(p - 0.0039) < 0.0002)
    }

    @Test func aSmallChangeCouldBeChance() {
        // 10 % then 12 % of 100: z ≈ 0.45, p ≈ 0.65.
        let p = ProportionTest.pValue(10, of: 100, 12, of: 100)
        #expect(abs(p - 0.651) < 0.002)
        #expect(ProportionTest.pValue(0, of: 50, 0, of: 60) == 1)
        #expect(ProportionTest.pValue(3, of: 0, 2, of: 10) == 1)
    }

    @Test func stepsAreComparedOnlyWhenBothRatesAreShown() async throws {
        func walks(_ leaving: Int, of total: Int, at start: Int64, prefix: String) -> [Walk] {
            (0..<total).map { index in
                var walk = Walk("\(prefix)-\(index)", at: start + Int64(index) * 60_000, start: "a")
                walk.answer(after: 20, then: "b")
                if index < leaving { walk.end(after: 60) } else { walk.complete(after: 20, at: "fin") }
                return walk
            }
        }
        let weekLater = monday + 7 * 86_400_000
        let store = MemoryEventStore((walks(30, of: 60, at: monday, prefix: "avant") + walks(6, of: 60, at: weekLater, prefix: "après")).flatMap(\.events))
        func view(_ since: Int64) async throws -> ProcedureReport? {
            let filter = EventFilter(since: since, until: since + 86_400_000)
            return try await BlockageAnalytics.differencingSafeReport(from: store, filter: filter, minimumGroup: 5, now: later).procedures.first
        }
        let changes = StepChange.compare(before: try await view(monday), after: try await view(weekLater))
        let b = try #require(changes.first { $0.step == "b" })
        #expect(b.difference.map { abs($0 - (0.1 - 0.5)) < 1e-9 } == true)
        #expect(b.exceedsChance)
        let a = try #require(changes.first { $0.step == "a" })
        #expect(a.difference == 0)
        #expect(!a.exceedsChance)
        let fin = try #require(changes.first { $0.step == "fin" })
        #expect(fin.pValue != nil)
    }
}
