import Foundation
import GRDB
public import ProcedureModel

/// The sites registered on a central server whose log is SQLite: the `site` table of its file.
public struct SQLiteSiteRegistry: SiteRegistry {
    let store: SQLiteEventStore

    public init(store: SQLiteEventStore) {
        self.store = store
    }

    public func add(name: String, at time: MillisecondsSince1970) async throws -> String {
        try SiteRegistryError.check(name)
        let key = SiteKey.generate()
        guard let hash = SiteKey.hash(key) else { throw SiteRegistryError.invalidName(name) }
        let added = try await store.writeSync { db in
            try db.execute(sql: "INSERT OR IGNORE INTO site (name, key_hash, added_at) VALUES (?, ?, ?)", arguments: [name, hash, time])
            return db.changesCount == 1
        }
        guard added else { throw SiteRegistryError.nameTaken(name) }
        return key
    }

    public func sites() async throws -> [RegisteredSite] {
        try await store.readSync { db in
            try Row.fetchAll(db, sql: "SELECT name, added_at, revoked_at FROM site ORDER BY name").map {
                RegisteredSite(name: $0[0], addedAt: $0[1], revokedAt: $0[2])
            }
        }
    }

    public func revoke(name: String, at time: MillisecondsSince1970) async throws {
        let known = try await store.writeSync { db in
            try db.execute(sql: "UPDATE site SET revoked_at = coalesce(revoked_at, ?) WHERE name = ?", arguments: [time, name])
            return db.changesCount == 1
        }
        guard known else { throw SiteRegistryError.unknownSite(name) }
    }

    public func site(forKey key: String) async throws -> String? {
        guard let hash = SiteKey.hash(key) else { return nil }
        return try await store.readSync { db in
            try String.fetchOne(db, sql: "SELECT name FROM site WHERE key_hash = ? AND revoked_at IS NULL", arguments: [hash])
        }
    }
}
