import GRDB
public import ProcedureModel

/// What `ariane sync --status` tells about a site's shipping, kept in the site's own file so that a
/// cron job, the server and a person at the terminal all see the same.
public struct SyncStatus: Sendable, Hashable {
    /// A failed attempt to ship: when, and what went wrong.
    public struct Failure: Sendable, Hashable {
        public var time: MillisecondsSince1970
        public var message: String

        public init(time: MillisecondsSince1970, message: String) {
            self.time = time
            self.message = message
        }
    }

    public var waiting: Int
    public var oldestWaiting: MillisecondsSince1970?
    public var lastSuccess: MillisecondsSince1970?
    public var lastError: Failure?
}

extension SQLiteEventStore {
    /// Records that every event waiting at `time` was shipped.
    public func recordSyncSuccess(at time: MillisecondsSince1970) async throws {
        try await writeSync { db in
            try db.execute(sql: "INSERT OR REPLACE INTO sync_state (name, time, message) VALUES ('last-success', ?, NULL)", arguments: [time])
        }
    }

    /// Records why shipping failed at `time`; a later success does not erase it.
    public func recordSyncFailure(_ message: String, at time: MillisecondsSince1970) async throws {
        try await writeSync { db in
            try db.execute(sql: "INSERT OR REPLACE INTO sync_state (name, time, message) VALUES ('last-error', ?, ?)", arguments: [time, message])
        }
    }

    public func syncStatus() async throws -> SyncStatus {
        let (count, oldest) = try await waiting()
        return try await readSync { db in
            var status = SyncStatus(waiting: count, oldestWaiting: oldest, lastSuccess: nil, lastError: nil)
            for row in try Row.fetchAll(db, sql: "SELECT name, time, message FROM sync_state") {
                switch row[0] as String {
                case "last-success": status.lastSuccess = row[1]
                case "last-error": status.lastError = SyncStatus.Failure(time: row[1], message: row[2] ?? "")
                default: continue
                }
            }
            return status
        }
    }

    /// Reads in one transaction, with SQLite's errors said about this file (others, such as a
    /// ``SiteSyncError``, go through as they are).
    func readSync<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch {
            throw StoreFile.storeError(error, path: path)
        }
    }

    /// Writes in one transaction (rolled back if `body` throws), with SQLite's errors said about this file.
    func writeSync<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(body)
        } catch {
            throw StoreFile.storeError(error, path: path)
        }
    }
}
