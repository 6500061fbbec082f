import Foundation
import GRDB

/// Submissions of recordings in `accounts.sqlite` (table `recording`, see the migrations).
extension SQLiteAccountStore {
    func submitRecording(_ recording: NewRecording, audio: Data) async throws -> Int64 {
        try await database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO recording (locale, itemName, accountID, speakerName, submittedAt, consentVersion, milliseconds, status, audio)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)
                    """,
                arguments: [
                    recording.locale, recording.itemName, recording.speaker.id, recording.speaker.name, recording.submittedAt,
                    recording.consentVersion, recording.milliseconds, audio,
                ])
            return db.lastInsertedRowID
        }
    }

    func recordings(status: RecordingSubmission.Status?) async throws -> [RecordingSubmission] {
        try await database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT \(Self.recordingColumns) FROM recording WHERE ? IS NULL OR status = ? ORDER BY submittedAt DESC, id DESC",
                arguments: [status?.rawValue, status?.rawValue]
            ).compactMap(Self.submission)
        }
    }

    func recording(id: Int64) async throws -> RecordingSubmission? {
        try await database.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.recordingColumns) FROM recording WHERE id = ?", arguments: [id]).flatMap(Self.submission)
        }
    }

    func recordingAudio(id: Int64) async throws -> Data? {
        try await database.read { db in
            try Data.fetchOne(db, sql: "SELECT audio FROM recording WHERE id = ? AND status = 'pending'", arguments: [id])
        }
    }

    func review(id: Int64, _ decision: RecordingDecision, by reviewer: Account, at time: Int64) async throws -> Bool {
        try await database.write { db in
            try db.execute(
                sql: """
                    UPDATE recording SET status = ?, reviewerName = ?, reviewedAt = ?, refusalReason = ?, audio = NULL
                    WHERE id = ? AND status = 'pending'
                    """,
                arguments: [decision.status.rawValue, reviewer.name, time, decision.reason, id])
            return db.changesCount == 1
        }
    }

    private static let recordingColumns =
        "id, locale, itemName, speakerName, submittedAt, consentVersion, milliseconds, status, reviewerName, reviewedAt, refusalReason"

    private static func submission(_ row: Row) -> RecordingSubmission? {
        guard let status = RecordingSubmission.Status(rawValue: row["status"]) else { return nil }
        return RecordingSubmission(
            id: row["id"], locale: row["locale"], itemName: row["itemName"], speakerName: row["speakerName"],
            submittedAt: row["submittedAt"], consentVersion: row["consentVersion"], milliseconds: row["milliseconds"], status: status,
            reviewerName: row["reviewerName"], reviewedAt: row["reviewedAt"], refusalReason: row["refusalReason"])
    }
}
