public import ArgumentParser
import BlockageAnalytics
import EventLog
import Foundation

/// `ariane export`: the events themselves, for process-mining tools (XES), spreadsheets (CSV) or scripts.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the logged events as XES (process mining), CSV or JSON Lines.",
        discussion: """
            One trace (XES) or a run of lines per session, in time order. Answers are never exported; \
            see docs/analytics.md for every field.
            """
    )

    @Option(help: "xes, csv or jsonl.")
    var format: ExportFormat

    @OptionGroup var filters: EventFilterOptions

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let log = try await store.open()
        let filter = filters.filter
        do {
            try await format.export(from: log, filter: filter) { text in
                try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
            }
        } catch {
            Console.error("error: cannot export from \(try store.location()): \(error)")
            throw ExitCode.failure
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
