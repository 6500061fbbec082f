import Foundation
import GuideEngine
import NIOCore
import PostgresNIO
import PostgresStore
import ProcedureModel

/// Workers' notes and saved sessions on PostgreSQL: the same behaviour as ``SQLiteAccountStore``'s.
extension PostgresAccountStore {
    func addNote(sessionID: String, category: BlockageCategory, text: String, author: Int64, at time: MillisecondsSince1970) async throws {
        try await database.withConnection { connection in
            _ = try await connection.query(
                """
                INSERT INTO note (account_id, session_id, category, text, written_at)
                VALUES (\(author), \(sessionID), \(category.rawValue), \(text), \(time))
                """, logger: database.logger)
        }
    }

    func notes(sessionID: String, visibleTo reader: Account) async throws -> [WorkerNote] {
        let everyone = reader.role == .admin
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT n.id, n.account_id, a.name, n.session_id, n.category, n.text, n.written_at
                FROM note n JOIN account a ON a.id = n.account_id
                WHERE n.session_id = \(sessionID) AND (\(everyone) OR n.account_id = \(reader.id)) ORDER BY n.written_at, n.id
                """, logger: database.logger)
            var notes: [WorkerNote] = []
            for try await (id, author, name, session, category, text, time) in rows.decode(
                (Int64, Int64, String, String, String, String, Int64).self)
            {
                guard let category = BlockageCategory(rawValue: category) else { continue }
                notes.append(
                    WorkerNote(id: id, authorID: author, authorName: name, sessionID: session, category: category, text: text, writtenAt: time))
            }
            return notes
        }
    }

    @discardableResult
    func save(_ session: SavedSession, stepID: String?, label: String?, owner: Int64, at time: MillisecondsSince1970) async throws -> String {
        let snapshot = ByteBuffer(bytes: try JSONEncoder().encode(session))
        let id = RandomToken.make(bytes: 16)
        try await database.withTransaction { connection in
            try await connection.query("DELETE FROM saved_session WHERE session_id = \(session.context.sessionID)", logger: database.logger)
            try await connection.query(
                """
                INSERT INTO saved_session (id, account_id, session_id, procedure_id, step_id, saved_at, snapshot, label)
                VALUES (\(id), \(owner), \(session.context.sessionID), \(session.procedureID), \(stepID), \(time), \(snapshot), \(label))
                """, logger: database.logger)
        }
        return id
    }

    func savedSessions(ownedBy owner: Int64?) async throws -> [SavedSessionEntry] {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT s.id, s.account_id, a.name, s.procedure_id, s.step_id, s.saved_at, s.label
                FROM saved_session s JOIN account a ON a.id = s.account_id
                WHERE \(owner)::bigint IS NULL OR s.account_id = \(owner) ORDER BY s.saved_at DESC, s.id
                """, logger: database.logger)
            var entries: [SavedSessionEntry] = []
            for try await (id, ownerID, name, procedure, step, time, label) in rows.decode(
                (String, Int64, String, String, String?, Int64, String?).self)
            {
                entries.append(
                    SavedSessionEntry(id: id, ownerID: ownerID, ownerName: name, procedureID: procedure, stepID: step, savedAt: time, label: label))
            }
            return entries
        }
    }

    func savedSession(id: String) async throws -> (entry: SavedSessionEntry, session: SavedSession)? {
        let found: (SavedSessionEntry, ByteBuffer)? = try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT s.id, s.account_id, a.name, s.procedure_id, s.step_id, s.saved_at, s.label, s.snapshot
                FROM saved_session s JOIN account a ON a.id = s.account_id WHERE s.id = \(id)
                """, logger: database.logger)
            var found: (SavedSessionEntry, ByteBuffer)?
            for try await (id, ownerID, name, procedure, step, time, label, snapshot) in rows.decode(
                (String, Int64, String, String, String?, Int64, String?, ByteBuffer).self)
            {
                found = (
                    SavedSessionEntry(
                        id: id, ownerID: ownerID, ownerName: name, procedureID: procedure, stepID: step, savedAt: time, label: label),
                    snapshot
                )
            }
            return found
        }
        guard let (entry, snapshot) = found else { return nil }
        return (entry, try JSONDecoder().decode(SavedSession.self, from: Data(snapshot.readableBytesView)))
    }

    func deleteSavedSession(id: String) async throws {
        try await database.withConnection { connection in
            _ = try await connection.query("DELETE FROM saved_session WHERE id = \(id)", logger: database.logger)
        }
    }

    func purge(before cutoff: MillisecondsSince1970) async throws {
        try await database.withTransaction { connection in
            try await connection.query("DELETE FROM saved_session WHERE saved_at < \(cutoff)", logger: database.logger)
            try await connection.query("DELETE FROM note WHERE written_at < \(cutoff)", logger: database.logger)
        }
    }
}
