public import ArgumentParser
import BlockageAnalytics
import EventLog
import Foundation
import ProcedureModel

/// `ariane report`: where people get stuck, from the event log, as a table, CSV, JSON or an HTML page.
struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Where people get stuck: per procedure and step, the ten worst stuck points, trends.",
        discussion: """
            Numbers from fewer than --min-group sessions are hidden ("<5", "moins de 5"). \
            Definitions of every number: docs/analytics.md.
            """
    )

    @OptionGroup var filters: EventFilterOptions

    @Option(help: "table, csv, json or html (one self-contained page).")
    var format: ReportFormat = .table

    @Option(help: "Hide any number computed from fewer sessions than this (at least 2).")
    var minGroup: Int = 5

    @Option(help: "Trends by ISO week or by calendar month (UTC).")
    var period: ReportPeriod = .month

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard minGroup >= 2 else {
            throw ValidationError("--min-group must be at least 2, so that no single person can be singled out; got \(minGroup)")
        }
    }

    func run() async throws {
        let log = try await store.open()
        let filter = filters.filter
        let now = Int64((Date().timeIntervalSince1970 * 1000).rounded())
        let text: String
        do {
            let report = try await BlockageAnalytics.report(
                from: log, filter: filter, minimumGroup: minGroup, period: period, now: now)
            text = try format.render(report)
        } catch {
            Console.error("error: cannot read \(try store.location()): \(error)")
            throw ExitCode.failure
        }
        Console.write(text)
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension ReportPeriod: ExpressibleByArgument {}

/// `--procedure`, `--since`, `--until`, `--channel`, `--site`, `--locale`: which events a report or
/// an export reads.
struct EventFilterOptions: ParsableArguments {
    @Option(help: "Only this procedure (its id).")
    var procedure: String?

    @Option(help: ArgumentHelp("The first day included (UTC).", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("The last day included (UTC).", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: "Only kiosk, assisted or terminal sessions.")
    var channel: String?

    @Option(help: "Only this site.")
    var site: String?

    @Option(help: "Only this language (fr, ar…).")
    var locale: String?

    func validate() throws {
        do {
            _ = try days
        } catch {
            throw ValidationError(error.description)
        }
        if let channel, Channel(rawValue: channel) == nil {
            let names = Channel.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--channel takes one of \(names); '\(channel)' is not one")
        }
    }

    var days: DayRange {
        get throws(DayError) { try DayRange(since: since, until: until, names: ("--since", "--until")) }
    }

    /// `--until` is the last day included: events before the next midnight. (Checked by `validate`.)
    var filter: EventFilter {
        let days = try? days
        return EventFilter(
            procedure: procedure, since: days?.since, until: days?.until, channel: channel.flatMap(Channel.init),
            site: site, locale: locale)
    }
}
