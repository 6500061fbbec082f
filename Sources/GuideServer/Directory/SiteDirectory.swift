import Directory
import Foundation
import PostgresStore

/// Where the server's directory of places lives: the PostgreSQL database when the server runs on one
/// (`ariane serve --db postgres://…`, where `ariane directory import --db postgres://…` writes), else
/// `directory.sqlite` in the data folder.
enum SiteDirectory {
    /// The directory, or nil on an SQLite server whose file does not exist yet (never created here: a site
    /// without a directory simply shows no places).
    static func open(_ settings: ServerSettings) throws -> (any DirectoryStore & DirectoryChanges)? {
        if let database = settings.accountsDatabase { return PostgresDirectoryStore(database: database) }
        let path = settings.dataDirectory + "/" + SQLiteDirectoryStore.fileName
        return FileManager.default.fileExists(atPath: path) ? try SQLiteDirectoryStore(path: path) : nil
    }
}
