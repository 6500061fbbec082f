import Foundation
import GRDB
import GuideEngine

/// A session a worker put aside to finish later, as listed (the snapshot itself is read on opening).
struct SavedSessionEntry: Sendable, Hashable {
    /// Random, used in the console's addresses.
    var id: String
    var ownerID: Int64
    var ownerName: String
    var procedureID: String
    var stepID: String?
    /// Milliseconds since 1970.
    var savedAt: Int64
    /// What the worker typed to tell this resident from the others ("Mme B., mardi"): console only.
    var label: String? = nil
}

extension SQLiteAccountStore {
    /// Keeps `session` under `owner`'s account, replacing an earlier save of the same session.
    @discardableResult
    func save(_ session: SavedSession, stepID: String?, label: String?, owner: Int64, at time: Int64) async throws -> String {
        let snapshot = try JSONEncoder().encode(session)
        let id = RandomToken.make(bytes: 16)
        return try await database.write { db in
            try db.execute(sql: "DELETE FROM savedSession WHERE sessionID = ?", arguments: [session.context.sessionID])
            try db.execute(
                sql: """
                    INSERT INTO savedSession (id, accountID, sessionID, procedureID, stepID, savedAt, snapshot, label)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [id, owner, session.context.sessionID, session.procedureID, stepID, time, snapshot, label])
            return id
        }
    }

    /// The sessions `owner` saved, newest first; every account's when `owner` is nil (for admins).
    func savedSessions(ownedBy owner: Int64?) async throws -> [SavedSessionEntry] {
        try await database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.accountID, a.name, s.procedureID, s.stepID, s.savedAt, s.label
                    FROM savedSession s JOIN account a ON a.id = s.accountID
                    WHERE ?1 IS NULL OR s.accountID = ?1 ORDER BY s.savedAt DESC, s.id
                    """,
                arguments: [owner])
            return rows.map(Self.savedEntry)
        }
    }

    /// A saved session and its snapshot.
    func savedSession(id: String) async throws -> (entry: SavedSessionEntry, session: SavedSession)? {
        let found = try await database.read { db -> (SavedSessionEntry, Data)? in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT s.id, s.accountID, a.name, s.procedureID, s.stepID, s.savedAt, s.label, s.snapshot
                        FROM savedSession s JOIN account a ON a.id = s.accountID WHERE s.id = ?
                        """,
                    arguments: [id])
            else { return nil }
            return (Self.savedEntry(row), row["snapshot"])
        }
        guard let (entry, snapshot) = found else { return nil }
        return (entry, try JSONDecoder().decode(SavedSession.self, from: snapshot))
    }

    func deleteSavedSession(id: String) async throws {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM savedSession WHERE id = ?", arguments: [id])
        }
    }

    /// Forgets saved sessions and notes older than `cutoff`: they hold a resident's answers and a
    /// worker's words, which must not be kept longer than the retention limit.
    func purge(before cutoff: Int64) async throws {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM savedSession WHERE savedAt < ?", arguments: [cutoff])
            try db.execute(sql: "DELETE FROM note WHERE writtenAt < ?", arguments: [cutoff])
        }
    }

    private static func savedEntry(_ row: Row) -> SavedSessionEntry {
        SavedSessionEntry(
            id: row[0], ownerID: row[1], ownerName: row[2], procedureID: row[3], stepID: row[4], savedAt: row[5], label: row[6])
    }
}
