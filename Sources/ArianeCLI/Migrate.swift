import ArgumentParser
import EventLog
import PostgresStore

/// `ariane migrate`: brings the event log's schema up to date, and says what it did.
///
/// On PostgreSQL, each numbered migration runs once (recorded in `schema_migrations`); running it
/// again changes nothing. An SQLite file is brought up to date by opening it, as every command does.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create or update the event log's tables (PostgreSQL or SQLite); safe to run again.",
        discussion: "Migrations only ever add: none drops or rewrites what is stored. `ariane serve` runs them too when it starts."
    )

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let location = try store.location()
        do {
            switch location {
            case .postgres(let url):
                let applied = try await PostgresPool.migrate(url)
                if applied.isEmpty {
                    Console.out("\(url): schema up to date (version \(PostgresSchema.version))")
                } else {
                    Console.out("\(url): applied migration\(applied.count == 1 ? "" : "s") \(applied.map(String.init).joined(separator: ", "))")
                }
            case .sqlite:
                try EventStoreLocation.close(try await location.open())
                Console.out("\(location): schema up to date")
            }
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }
}
