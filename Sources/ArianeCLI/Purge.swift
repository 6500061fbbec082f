import ArgumentParser
import EventLog
import Foundation

/// `ariane purge --before DATE`: retention. Deletes older events and says how many.
struct Purge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Delete the events logged before a date (retention).",
        discussion: "The date is a day, YYYY-MM-DD; events before its midnight UTC are deleted, with the answers and sessions no event uses any more."
    )

    @Option(help: ArgumentHelp("Delete events before this day's midnight UTC.", valueName: "YYYY-MM-DD"))
    var before: String

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard Day(before) != nil else {
            throw ValidationError("--before takes a day written YYYY-MM-DD, such as 2026-01-31; '\(before)' is not one")
        }
    }

    func run() throws {
        guard let day = Day(before) else { throw ExitCode(2) }
        let log = try store.open()
        do {
            let deleted = try log.purge(before: day.midnightUTC)
            try log.close()
            Console.out("\(Console.plural(deleted, "event")) deleted")
        } catch {
            Console.error("\(error)")
            throw ExitCode.failure
        }
    }
}
