import ArgumentParser
import BlockageAnalytics
import EventLog
import Foundation
import PostgresStore

/// `ariane purge --before DATE`: retention. Deletes older events and says how many.
struct Purge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Delete the events logged before a date (retention).",
        discussion: """
            The date is a day, YYYY-MM-DD; events before its midnight UTC are deleted, with the answers and sessions no event uses \
            any more. On a site, events not shipped to the central server yet are kept, however old.
            """
    )

    @Option(help: ArgumentHelp("Delete events before this day's midnight UTC.", valueName: "YYYY-MM-DD"))
    var before: String

    @OptionGroup var store: StoreOptions

    func validate() throws {
        do {
            _ = try Day(before, name: "--before")
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() async throws {
        guard let day = try? Day(before, name: "--before") else { throw ExitCode(2) }
        let log = try await store.open()
        do {
            let deleted = try await log.purge(before: day.midnightUTC)
            let held = try await (log as? SQLiteEventStore)?.heldForShipping(before: day.midnightUTC) ?? 0
            try EventStoreLocation.close(log)
            Console.out("\(Console.plural(deleted, "event")) deleted")
            if held > 0 {
                Console.out("\(Console.plural(held, "event")) before that day kept: not shipped to the central server yet (ariane sync --status)")
            }
        } catch {
            Console.error("\(error)")
            throw ExitCode.failure
        }
    }
}
