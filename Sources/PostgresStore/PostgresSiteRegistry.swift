public import EventLog
import NIOCore
import PostgresNIO
public import ProcedureModel

/// The sites allowed to send events to the central server, in its PostgreSQL database.
public struct PostgresSiteRegistry: SiteRegistry {
    public let database: PostgresPool

    public init(database: PostgresPool) {
        self.database = database
    }

    private func problem(_ reason: String) -> PostgresStoreError {
        PostgresStoreError(place: database.url.description, problem: .site(reason))
    }

    public func add(name: String, at time: MillisecondsSince1970) async throws -> String {
        guard SiteKeys.isValidName(name) else {
            throw problem("invalid site name \"\(name)\": use 1 to 64 lowercase letters, digits, -, _ or ., starting with a letter or digit")
        }
        let key = SiteKeys.newKey()
        let hash = ByteBuffer(bytes: SiteKeys.hash(key))
        let inserted = try await database.withConnection { connection in
            try await PostgresEventStore.single(
                try await connection.query(
                    """
                    WITH added AS (
                        INSERT INTO site (name, key_hash, added_at) VALUES (\(name), \(hash), \(time))
                        ON CONFLICT (name) DO NOTHING RETURNING 1)
                    SELECT count(*) FROM added
                    """, logger: database.logger))
        }
        guard inserted == 1 else { throw problem("the site \"\(name)\" is already registered") }
        return key
    }

    public func sites() async throws -> [RegisteredSite] {
        try await database.withConnection { connection in
            var sites: [RegisteredSite] = []
            let rows = try await connection.query("SELECT name, added_at, revoked_at FROM site ORDER BY name", logger: database.logger)
            for try await (name, added, revoked) in rows.decode((String, Int64, Int64?).self) {
                sites.append(RegisteredSite(name: name, addedAt: added, revokedAt: revoked))
            }
            return sites
        }
    }

    public func revoke(name: String, at time: MillisecondsSince1970) async throws {
        let found = try await database.withConnection { connection in
            try await PostgresEventStore.single(
                try await connection.query(
                    """
                    WITH revoked AS (
                        UPDATE site SET revoked_at = coalesce(revoked_at, \(time)) WHERE name = \(name) RETURNING 1)
                    SELECT count(*) FROM revoked
                    """, logger: database.logger))
        }
        guard found == 1 else { throw problem("no site named \"\(name)\" is registered") }
    }

    public func site(forKey key: String) async throws -> String? {
        let hash = ByteBuffer(bytes: SiteKeys.hash(key))
        return try await database.withConnection { connection in
            var site: String?
            let rows = try await connection.query(
                "SELECT name FROM site WHERE key_hash = \(hash) AND revoked_at IS NULL", logger: database.logger)
            for try await name in rows.decode(String.self) { site = name }
            return site
        }
    }
}
