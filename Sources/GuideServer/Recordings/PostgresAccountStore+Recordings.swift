import Foundation
import NIOCore
import PostgresNIO
import PostgresStore

/// Submissions of recordings on PostgreSQL (table `recording`, see `PostgresSchema`): the same
/// behaviour as ``SQLiteAccountStore``'s.
extension PostgresAccountStore {
    func submitRecording(_ recording: NewRecording, audio: Data) async throws -> Int64 {
        let sound = ByteBuffer(bytes: audio)
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                INSERT INTO recording (locale, item_name, account_id, speaker_name, submitted_at, consent_version, milliseconds, status, audio)
                VALUES (\(recording.locale), \(recording.itemName), \(recording.speaker.id), \(recording.speaker.name),
                        \(recording.submittedAt), \(recording.consentVersion), \(recording.milliseconds), 'pending', \(sound))
                RETURNING id
                """, logger: database.logger)
            var id: Int64 = 0
            for try await inserted in rows.decode(Int64.self) { id = inserted }
            return id
        }
    }

    func recordings(status: RecordingSubmission.Status?) async throws -> [RecordingSubmission] {
        try await select(
            """
            SELECT \(unescaped: Self.recordingColumns) FROM recording
            WHERE \(status?.rawValue)::text IS NULL OR status = \(status?.rawValue) ORDER BY submitted_at DESC, id DESC
            """)
    }

    func recording(id: Int64) async throws -> RecordingSubmission? {
        try await select("SELECT \(unescaped: Self.recordingColumns) FROM recording WHERE id = \(id)").first
    }

    func recordingAudio(id: Int64) async throws -> Data? {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                "SELECT audio FROM recording WHERE id = \(id) AND status = 'pending'", logger: database.logger)
            var sound: Data?
            for try await buffer in rows.decode(ByteBuffer?.self) { sound = buffer.map { Data($0.readableBytesView) } }
            return sound
        }
    }

    func review(id: Int64, _ decision: RecordingDecision, by reviewer: Account, at time: Int64) async throws -> Bool {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                UPDATE recording SET status = \(decision.status.rawValue), reviewer_name = \(reviewer.name), reviewed_at = \(time),
                    refusal_reason = \(decision.reason), audio = NULL
                WHERE id = \(id) AND status = 'pending' RETURNING id
                """, logger: database.logger)
            var changed = false
            for try await _ in rows.decode(Int64.self) { changed = true }
            return changed
        }
    }

    private static let recordingColumns =
        "id, locale, item_name, speaker_name, submitted_at, consent_version, milliseconds, status, reviewer_name, reviewed_at, refusal_reason"

    private func select(_ query: PostgresQuery) async throws -> [RecordingSubmission] {
        try await database.withConnection { connection in
            var found: [RecordingSubmission] = []
            let rows = try await connection.query(query, logger: database.logger)
            for try await (id, locale, item, speaker, submitted, consent, milliseconds, status, reviewer, reviewed, reason) in rows.decode(
                (Int64, String, String, String, Int64, String, Int64, String, String?, Int64?, String?).self)
            {
                guard let status = RecordingSubmission.Status(rawValue: status) else { continue }
                found.append(
                    RecordingSubmission(
                        id: id, locale: locale, itemName: item, speakerName: speaker, submittedAt: submitted, consentVersion: consent,
                        milliseconds: Int(milliseconds), status: status, reviewerName: reviewer, reviewedAt: reviewed, refusalReason: reason))
            }
            return found
        }
    }
}
