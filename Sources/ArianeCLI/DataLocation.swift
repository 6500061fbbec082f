import ArgumentParser
import EventLog
import PostgresStore

/// `--db PATH|URL` and `--data DIR`: where every command that reads or writes the event log finds it.
///
/// `--db` takes an SQLite file or `postgres://USER[:PASSWORD]@HOST:PORT/DATABASE`; without it,
/// `$ARIANE_DB`; without that, `ariane.sqlite` in `$ARIANE_DATA`, else `$XDG_DATA_HOME/ariane`, else
/// `~/.local/share/ariane` (see ``EventStoreLocation``).
struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The event log: an SQLite file, or postgres://USER[:PASSWORD]@HOST:PORT/DATABASE (default: $ARIANE_DB).",
            valueName: "path-or-url"))
    var db: String?

    @Option(
        help: ArgumentHelp(
            "The data folder holding ariane.sqlite (default: $ARIANE_DATA, else $XDG_DATA_HOME/ariane or ~/.local/share/ariane).", valueName: "folder"))
    var data: String?

    /// Where the log is, or says why the URL is wrong and exits with status 2.
    func location() throws -> EventStoreLocation {
        do {
            return try EventStoreLocation.resolve(database: db, data: data)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }

    /// Opens the log, or says why not (the file or the server, and the reason) and exits with status 2.
    func open() async throws -> any EventStore {
        let location = try location()
        do {
            return try await location.open()
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }
}
