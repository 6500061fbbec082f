package import ArgumentParser
package import EventLog
package import PostgresStore

/// `--db PATH|URL` and `--data DIR`: where every command that reads or writes the event log finds it.
///
/// `--db` takes an SQLite file or `postgres://USER[:PASSWORD]@HOST:PORT/DATABASE`; without it,
/// `$ARIANE_DB`; without that, `ariane.sqlite` in `$ARIANE_DATA`, else `$XDG_DATA_HOME/ariane`, else
/// `~/.local/share/ariane` (see ``EventStoreLocation``).
package struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The event log: an SQLite file, or postgres://USER[:PASSWORD]@HOST:PORT/DATABASE (default: $ARIANE_DB).",
            valueName: "path-or-url"))
    package var db: String?

    @Option(
        help: ArgumentHelp(
            "The data folder holding ariane.sqlite (default: $ARIANE_DATA, else $XDG_DATA_HOME/ariane or ~/.local/share/ariane).", valueName: "folder"))
    package var data: String?

    package init() {}

    /// Where the log is, or says why the URL is wrong and exits with status 2.
    package func location() throws -> EventStoreLocation {
        do {
            return try EventStoreLocation.resolve(database: db, data: data)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }

    /// The file or `host:port/database` the log is in (never a password), for messages.
    package var path: String { (try? EventStoreLocation.resolve(database: db, data: data).description) ?? (db ?? "") }

    /// Opens the log, or says why not (the file or the server, and the reason) and exits with status 2.
    package func open() async throws -> any EventStore {
        let location = try location()
        do {
            return try await location.open()
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }

    /// Opens a site's own log, which is always an SQLite file: a site keeps working with its line down.
    /// A PostgreSQL URL is refused with status 2.
    package func openSQLite() throws -> SQLiteEventStore {
        guard case .sqlite(let path) = try location() else {
            Console.error("error: a site's own log is an SQLite file (--db PATH or --data DIR), not a PostgreSQL database")
            throw ExitCode(2)
        }
        do {
            return try SQLiteEventStore(path: path)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }
}
