import ArgumentParser
import Directory
import EventLog
import PostgresStore

/// `--db PATH|URL` and `--data DIR` for the directory: `directory.sqlite` in the same data folder as the
/// event log, another SQLite file, or a PostgreSQL database (`postgres://…`, the tables of ``PostgresSchema``'s
/// migration 3).
struct DirectoryStoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The directory: an SQLite file, or postgres://USER[:PASSWORD]@HOST:PORT/DATABASE.", valueName: "path-or-url"))
    var db: String?

    @Option(
        help: ArgumentHelp(
            "The data folder holding directory.sqlite (default: $ARIANE_DATA, else $XDG_DATA_HOME/ariane or ~/.local/share/ariane).",
            valueName: "folder"))
    var data: String?

    var path: String {
        if let db, !db.isEmpty { return db }
        return DataLocation.dataFolder(data: data) + "/" + SQLiteDirectoryStore.fileName
    }

    var isPostgres: Bool { path.hasPrefix("postgres://") || path.hasPrefix("postgresql://") }

    /// Opens the directory (migrating a PostgreSQL database first), or says why not (the file or the
    /// server, and the reason) and exits with status 2.
    func open() async throws -> any DirectoryStore & DirectoryChanges {
        do {
            if isPostgres { return PostgresDirectoryStore(database: try await PostgresPool(url: try PostgresURL(path))) }
            return try SQLiteDirectoryStore(path: path)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }
}
