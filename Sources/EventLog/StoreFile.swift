import Foundation
import GRDB
import GRDBSQLite

/// What is at the event log's path, found out read-only before anything writes.
///
/// Opening for writing switches the file to WAL mode and runs migrations: both would change a file
/// that is not ours. So a file is looked at first, and refused unless it is empty or an Ariane event
/// log this version knows. The look is `immutable` (no lock, no `-shm` or `-wal` file created or
/// touched) unless a non-empty `-wal` file is there, in which case the main file may be stale.
enum StoreFile {
    enum State: Equatable {
        /// No file, an empty file, or an empty SQLite database: ours to create.
        case fresh
        /// An Ariane event log at this schema version (possibly older than this build's).
        case ariane(version: Int)
    }

    static func inspect(_ path: String) throws(EventStoreError) -> State {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let attributes else { return .fresh }
        if attributes[.type] as? FileAttributeType == .typeDirectory {
            throw EventStoreError(path: path, problem: .cannotOpen("this is a folder, not a file"))
        }
        if (attributes[.size] as? Int ?? 0) == 0 { return .fresh }
        let header = try readHeader(path)
        if header.applicationID == StoreSchema.applicationID {
            guard header.version <= StoreSchema.version else {
                throw EventStoreError(path: path, problem: .newerSchema(found: header.version, known: StoreSchema.version))
            }
            return .ariane(version: header.version)
        }
        if header.applicationID == 0, header.objects == 0 { return .fresh }
        throw EventStoreError(path: path, problem: .foreign)
    }

    /// The application id, the user version and the number of schema objects, through a read-only connection.
    private static func readHeader(_ path: String) throws(EventStoreError) -> (applicationID: Int32, version: Int, objects: Int) {
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int ?? 0
        let immutable = walSize == 0
        let uri = URL(fileURLWithPath: path).absoluteString + (immutable ? "?immutable=1" : "")
        var connection: OpaquePointer?
        defer { sqlite3_close_v2(connection) }
        var code = sqlite3_open_v2(uri, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nil)
        // Another process may be writing (or recovering the WAL): wait for it as the pool would.
        if code == SQLITE_OK { sqlite3_busy_timeout(connection, 10_000) }
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        let sql =
            "SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_master)"
        if code == SQLITE_OK { code = sqlite3_prepare_v2(connection, sql, -1, &statement, nil) }
        if code == SQLITE_OK { code = sqlite3_step(statement) }
        guard code == SQLITE_ROW else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            throw EventStoreError(path: path, problem: storeProblem(DatabaseError(resultCode: ResultCode(rawValue: code), message: message)))
        }
        return (Int32(truncatingIfNeeded: sqlite3_column_int64(statement, 0)), Int(sqlite3_column_int64(statement, 1)), Int(sqlite3_column_int64(statement, 2)))
    }

    /// An SQLite failure said about the file, in the words a person can act on; other errors (one
    /// thrown by a caller's closure) unchanged.
    static func storeError(_ error: any Error, path: String, unsaved: Int = 0) -> any Error {
        if var error = error as? EventStoreError {
            if error.path.isEmpty { error.path = path }
            return error
        }
        guard let error = error as? DatabaseError else { return error }
        return EventStoreError(path: path, problem: storeProblem(error, unsaved: unsaved))
    }

    static func storeProblem(_ error: DatabaseError, unsaved: Int = 0) -> EventStoreError.Problem {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: .notADatabase
        case .SQLITE_FULL: .full(unsaved: unsaved)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY: .cannotOpen(error.message ?? "\(error.resultCode)")
        default: .database(error.message ?? "\(error)")
        }
    }
}
