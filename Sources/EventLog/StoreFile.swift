import Foundation
import GRDB

/// What is at the event log's path, found out through a read-only connection before anything writes.
///
/// Opening for writing switches the file to WAL mode and runs migrations: both would change a file
/// that is not ours. So a file is looked at first, read-only, and refused unless it is empty or an
/// Ariane event log this version knows.
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
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "Ariane.inspect"
        let header: (applicationID: Int32, version: Int, objects: Int)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            header = try queue.read { db in
                (
                    try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                    try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                )
            }
            try queue.close()
        } catch {
            throw storeError(error, path: path)
        }
        if header.applicationID == StoreSchema.applicationID {
            guard header.version <= StoreSchema.version else {
                throw EventStoreError(path: path, problem: .newerSchema(found: header.version, known: StoreSchema.version))
            }
            return .ariane(version: header.version)
        }
        if header.applicationID == 0, header.objects == 0 { return .fresh }
        throw EventStoreError(path: path, problem: .foreign)
    }

    /// An SQLite failure said about the file, in the words a person can act on.
    static func storeError(_ error: any Error, path: String, unsaved: Int = 0) -> EventStoreError {
        if var error = error as? EventStoreError {
            if error.path.isEmpty { error.path = path }
            return error
        }
        guard let error = error as? DatabaseError else {
            return EventStoreError(path: path, problem: .database("\(error)"))
        }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return EventStoreError(path: path, problem: .notADatabase)
        case .SQLITE_FULL: return EventStoreError(path: path, problem: .full(unsaved: unsaved))
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
            return EventStoreError(path: path, problem: .cannotOpen(error.message ?? "\(error.resultCode)"))
        default: return EventStoreError(path: path, problem: .database(error.message ?? "\(error)"))
        }
    }
}
