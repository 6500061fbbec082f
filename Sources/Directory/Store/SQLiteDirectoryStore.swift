import Foundation
import GRDB

/// The places in `directory.sqlite`, beside the event log in the data folder.
///
/// A file of its own, not tables in `ariane.sqlite` or `accounts.sqlite`: it is rebuilt in bulk from
/// a national file (20,000 rows at a time), which must never hold a write lock on the event log the
/// kiosks append to, and a site can delete it and import again without touching events or accounts.
/// Each place is one JSON document beside the columns it is looked up by.
public final class SQLiteDirectoryStore: DirectoryStore {
    public static let fileName = "directory.sqlite"
    let path: String
    let database: DatabaseQueue

    public init(path: String) throws(DirectoryStoreError) {
        self.path = path
        do {
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            database = try DatabaseQueue(path: path)
            try Self.migrator.migrate(database)
        } catch {
            throw DirectoryStoreError(path: path, problem: "cannot open the directory: \(error)")
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("places") { db in
            try db.execute(
                sql: """
                    CREATE TABLE place (
                        id TEXT PRIMARY KEY NOT NULL,
                        feed TEXT NOT NULL,
                        retired TEXT,
                        body TEXT NOT NULL
                    );
                    CREATE INDEX place_feed ON place(feed);
                    """)
        }
        migrator.registerMigration("changes") { db in
            try db.execute(sql: ChangeLog.schema)
        }
        // One counter that every write moves: a kiosk compares it to know whether to read the places again.
        // It starts at the creation time in milliseconds, so that a file deleted and imported again does
        // not come back to a revision a kiosk already read.
        migrator.registerMigration("revision") { db in
            try db.execute(
                sql: """
                    CREATE TABLE revision (value INTEGER NOT NULL);
                    INSERT INTO revision (value) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
                    """)
        }
        return migrator
    }

    public func apply(_ batch: ImportBatch, on day: String) throws -> ImportSummary {
        try write { db in
            var summary = ImportSummary()
            for (feed, places) in batch.places {
                var existing: [String: StoredPlace] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, body, retired FROM place WHERE feed = ?", arguments: [feed.rawValue]) {
                    existing[row[0]] = StoredPlace(body: row[1], retired: row[2])
                }
                let plan = try ImportPlan(feed: feed, places: places, existing: existing, refusedIDs: batch.refusedIDs[feed] ?? [], day: day)
                let upsert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO place (id, feed, retired, body) VALUES (?, ?, NULL, ?)")
                for (id, body) in plan.upserts {
                    try upsert.execute(arguments: [id, feed.rawValue, body])
                }
                for (id, body) in plan.retirements {
                    try db.execute(sql: "UPDATE place SET retired = ?, body = ? WHERE id = ?", arguments: [day, body, id])
                }
                summary.add(plan.summary)
            }
            return summary
        }
    }

    public func currentPlaces() throws -> [Place] {
        try read { db in
            try PlaceJSON.decodeAll(String.fetchAll(db, sql: "SELECT body FROM place WHERE retired IS NULL ORDER BY id"))
        }
    }

    public func place(id: String) throws -> Place? {
        try read { db in try Self.place(id: id, in: db) }
    }

    public func save(_ place: Place) throws {
        try write { db in try Self.save(place, in: db) }
    }

    public func revision() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT value FROM revision") ?? 0 }
    }

    /// Runs `work` in a write transaction that also moves the revision; a database failure is said with
    /// the file, a ``ChangeError`` passes unchanged.
    func write<T>(_ work: (Database) throws -> T) throws -> T {
        do {
            return try database.write { db in
                let result = try work(db)
                try db.execute(sql: "UPDATE revision SET value = value + 1")
                return result
            }
        } catch let error as ChangeError { throw error } catch {
            throw DirectoryStoreError(path: path, problem: "\(error)")
        }
    }

    func read<T>(_ work: (Database) throws -> T) throws -> T {
        do { return try database.read(work) } catch let error as ChangeError { throw error } catch {
            throw DirectoryStoreError(path: path, problem: "\(error)")
        }
    }
}
