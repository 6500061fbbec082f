public import Directory
import PostgresNIO

/// The places on the central PostgreSQL database, for a central server or several sites sharing one
/// directory: the same rules as a site's `directory.sqlite` (``ImportPlan``), in the tables of
/// migration 3 (``PostgresSchema``).
///
/// ```swift
/// let store = PostgresDirectoryStore(database: try await PostgresPool(url: PostgresURL("postgres://ariane@db/ariane")))
/// let summary = try await store.apply(batch, on: "2026-12-06")
/// ```
public struct PostgresDirectoryStore: DirectoryStore {
    public let database: PostgresPool
    /// Rows sent per statement of an import: the arrays of one statement stay a few megabytes.
    static let rowsPerStatement = 2_000

    public init(database: PostgresPool) {
        self.database = database
    }

    public func apply(_ batch: ImportBatch, on day: String) async throws -> ImportSummary {
        try await database.withTransaction { connection in
            var summary = ImportSummary()
            for (feed, places) in batch.places {
                var existing: [String: StoredPlace] = [:]
                let rows = try await connection.query(
                    "SELECT id, body, retired FROM directory_place WHERE feed = \(feed.rawValue)", logger: database.logger)
                for try await (id, body, retired) in rows.decode((String, String, String?).self) {
                    existing[id] = StoredPlace(body: body, retired: retired)
                }
                let plan = try ImportPlan(feed: feed, places: places, existing: existing, refusedIDs: batch.refusedIDs[feed] ?? [], day: day)
                // Arrays unnested server-side: one statement per few thousand places, not one per place.
                for start in stride(from: 0, to: plan.upserts.count, by: Self.rowsPerStatement) {
                    let chunk = plan.upserts[start..<min(start + Self.rowsPerStatement, plan.upserts.count)]
                    let (ids, bodies) = (chunk.map(\.id), chunk.map(\.body))
                    try await connection.query(
                        """
                        INSERT INTO directory_place (id, feed, retired, body)
                        SELECT id, \(feed.rawValue), NULL, body FROM unnest(\(ids)::text[], \(bodies)::text[]) AS given (id, body)
                        ON CONFLICT (id) DO UPDATE SET feed = excluded.feed, retired = NULL, body = excluded.body
                        """, logger: database.logger)
                }
                if !plan.retirements.isEmpty {
                    let (ids, bodies) = (plan.retirements.map(\.id), plan.retirements.map(\.body))
                    try await connection.query(
                        """
                        UPDATE directory_place SET retired = \(day), body = given.body
                        FROM unnest(\(ids)::text[], \(bodies)::text[]) AS given (id, body) WHERE directory_place.id = given.id
                        """, logger: database.logger)
                }
                summary.add(plan.summary)
            }
            try await Self.moveRevision(connection, logger: database.logger)
            return summary
        }
    }

    public func currentPlaces() async throws -> [Place] {
        try await database.withConnection { connection in
            var bodies: [String] = []
            let rows = try await connection.query("SELECT body FROM directory_place WHERE retired IS NULL ORDER BY id", logger: database.logger)
            for try await body in rows.decode(String.self) { bodies.append(body) }
            return try PlaceJSON.decodeAll(bodies)
        }
    }

    public func place(id: String) async throws -> Place? {
        try await database.withConnection { connection in try await Self.place(id: id, on: connection, logger: database.logger) }
    }

    public func save(_ place: Place) async throws {
        try await database.withTransaction { connection in
            try await Self.save(place, on: connection, logger: database.logger)
            try await Self.moveRevision(connection, logger: database.logger)
        }
    }

    public func revision() async throws -> Int64 {
        try await database.withConnection { connection in
            var value: Int64 = 0
            for try await found in try await connection.query("SELECT value FROM directory_revision", logger: database.logger).decode(Int64.self) {
                value = found
            }
            return value
        }
    }

    static func place(id: String, on connection: PostgresConnection, logger: Logger) async throws -> Place? {
        var place: Place?
        let rows = try await connection.query("SELECT body FROM directory_place WHERE id = \(id)", logger: logger)
        for try await body in rows.decode(String.self) { place = try PlaceJSON.decode(body) }
        return place
    }

    static func save(_ place: Place, on connection: PostgresConnection, logger: Logger) async throws {
        let body = try PlaceJSON.encode(place)
        try await connection.query(
            """
            INSERT INTO directory_place (id, feed, retired, body) VALUES (\(place.id), \(place.feed.rawValue), \(place.retired), \(body))
            ON CONFLICT (id) DO UPDATE SET feed = excluded.feed, retired = excluded.retired, body = excluded.body
            """, logger: logger)
    }

    /// In the writing transaction, so that a reader sees the new revision only with the new places.
    static func moveRevision(_ connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("UPDATE directory_revision SET value = value + 1", logger: logger)
    }
}
