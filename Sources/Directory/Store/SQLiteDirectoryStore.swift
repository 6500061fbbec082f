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
        return migrator
    }

    public func apply(_ batch: ImportBatch, on day: String) throws -> ImportSummary {
        try write { db in
            var summary = ImportSummary()
            let encoder = Self.encoder
            for (feed, places) in batch.places {
                var existing: [String: (body: String, retired: String?)] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, body, retired FROM place WHERE feed = ?", arguments: [feed.rawValue]) {
                    existing[row[0]] = (row[1], row[2])
                }
                let upsert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO place (id, feed, retired, body) VALUES (?, ?, NULL, ?)")
                var seen = Set<String>()
                for var place in places {
                    let id = place.id
                    seen.insert(id)
                    let old = existing[id].flatMap { try? Self.decoder.decode(Place.self, from: Data($0.body.utf8)) }
                    // Neither schema carries languages or a holiday closure: what a site's workers set stays.
                    if place.languages.isEmpty, let old { place.languages = old.languages }
                    if place.closedUntil == nil, let old { place.closedUntil = old.closedUntil }
                    let body = String(decoding: try encoder.encode(place), as: UTF8.self)
                    if let current = existing[id], current.body == body, current.retired == nil {
                        summary.unchanged += 1
                        continue
                    }
                    if existing[id] == nil { summary.added += 1 } else { summary.updated += 1 }
                    try upsert.execute(arguments: [id, feed.rawValue, body])
                }
                let kept = Set((batch.refusedIDs[feed] ?? []).map { feed.rawValue + "/" + $0 })
                for (id, current) in existing where current.retired == nil && !seen.contains(id) && !kept.contains(id) {
                    guard var place = try? Self.decoder.decode(Place.self, from: Data(current.body.utf8)) else { continue }
                    place.retired = day
                    let body = String(decoding: try encoder.encode(place), as: UTF8.self)
                    try db.execute(sql: "UPDATE place SET retired = ?, body = ? WHERE id = ?", arguments: [day, body, id])
                    summary.retired += 1
                }
            }
            return summary
        }
    }

    public func currentPlaces() throws -> [Place] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT body FROM place WHERE retired IS NULL ORDER BY id").map {
                try Self.decoder.decode(Place.self, from: Data($0.utf8))
            }
        }
    }

    public func place(id: String) throws -> Place? {
        try read { db in try Self.place(id: id, in: db) }
    }

    public func save(_ place: Place) throws {
        try write { db in try Self.save(place, in: db) }
    }

    /// Runs `work` in a write transaction; a database failure is said with the file, a ``ChangeError`` passes unchanged.
    func write<T>(_ work: (Database) throws -> T) throws -> T {
        do { return try database.write(work) } catch let error as ChangeError { throw error } catch {
            throw DirectoryStoreError(path: path, problem: "\(error)")
        }
    }

    func read<T>(_ work: (Database) throws -> T) throws -> T {
        do { return try database.read(work) } catch let error as ChangeError { throw error } catch {
            throw DirectoryStoreError(path: path, problem: "\(error)")
        }
    }

    /// Sorted keys, so that an unchanged place encodes to the same text and is not rewritten.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static var decoder: JSONDecoder { JSONDecoder() }
}
