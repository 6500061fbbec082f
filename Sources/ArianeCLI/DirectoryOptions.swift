import ArgumentParser
import Directory
import EventLog

/// `--db PATH` and `--data DIR` for the directory: `directory.sqlite` in the same data folder as the event log.
struct DirectoryStoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The directory (an SQLite file).", valueName: "path"))
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

    /// Opens the directory, or says why not (the file and the reason) and exits with status 2.
    func open() throws -> SQLiteDirectoryStore {
        do {
            return try SQLiteDirectoryStore(path: path)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }
}
