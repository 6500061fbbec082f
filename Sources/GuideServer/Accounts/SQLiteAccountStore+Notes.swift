import GRDB
import ProcedureModel

/// A worker's note on why a resident is blocked: the category (also logged as an event) and free text
/// that stays here, seen only by its author and admins.
struct WorkerNote: Sendable, Hashable {
    var id: Int64
    var authorID: Int64
    var authorName: String
    var sessionID: String
    var category: BlockageCategory
    var text: String
    /// Milliseconds since 1970.
    var writtenAt: Int64
}

extension SQLiteAccountStore {
    func addNote(sessionID: String, category: BlockageCategory, text: String, author: Int64, at time: Int64) async throws {
        try await database.write { db in
            try db.execute(
                sql: "INSERT INTO note (accountID, sessionID, category, text, writtenAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [author, sessionID, category.rawValue, text, time])
        }
    }

    /// The notes on a guided session that `reader` may see: their own, or everyone's for an admin.
    func notes(sessionID: String, visibleTo reader: Account) async throws -> [WorkerNote] {
        let everyone = reader.role == .admin
        return try await database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT n.id, n.accountID, a.name, n.sessionID, n.category, n.text, n.writtenAt
                    FROM note n JOIN account a ON a.id = n.accountID
                    WHERE n.sessionID = ? AND (? OR n.accountID = ?) ORDER BY n.writtenAt, n.id
                    """,
                arguments: [sessionID, everyone, reader.id])
            return rows.compactMap { row in
                guard let category = BlockageCategory(rawValue: row[4]) else { return nil }
                return WorkerNote(
                    id: row[0], authorID: row[1], authorName: row[2], sessionID: row[3], category: category,
                    text: row[5], writtenAt: row[6])
            }
        }
    }
}
