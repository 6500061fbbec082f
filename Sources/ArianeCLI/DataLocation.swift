package import ArgumentParser
package import EventLog

/// `--db PATH` and `--data DIR`: where every command that reads or writes the event log finds it.
///
/// Without either, the log is `ariane.sqlite` in `$ARIANE_DATA`, else `$XDG_DATA_HOME/ariane`, else
/// `~/.local/share/ariane` (see ``DataLocation``).
package struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The event log (an SQLite file).", valueName: "path"))
    package var db: String?

    @Option(
        help: ArgumentHelp(
            "The data folder holding ariane.sqlite (default: $ARIANE_DATA, else $XDG_DATA_HOME/ariane or ~/.local/share/ariane).", valueName: "folder"))
    package var data: String?

    package init() {}

    package var path: String { DataLocation.databasePath(database: db, data: data) }

    /// Opens the log, or says why not (the file and the reason) and exits with status 2.
    package func open() throws -> SQLiteEventStore {
        do {
            return try SQLiteEventStore(path: path)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }
}
