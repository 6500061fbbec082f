import Foundation
import ProcedureModel

/// A prompt read aloud by a console account and sent for review, with the consent its speaker gave.
///
/// The sound itself stays in the store only while the submission waits: an approved recording lives
/// on as the normalised file under `recordings/`, a refused one is not kept.
struct RecordingSubmission: Sendable, Hashable {
    enum Status: String, Sendable, Hashable, CaseIterable {
        case pending, approved, refused
    }

    var id: Int64
    /// The kiosk language it is spoken in, and the item's name (`css/foyer.1`, `interface/stillThere`).
    var locale: String
    var itemName: String
    /// Who spoke: the name is kept even once the account is removed, with the consent it gave.
    var speakerName: String
    var submittedAt: MillisecondsSince1970
    /// The version of ``RecordingConsent/text`` the speaker ticked.
    var consentVersion: String
    var milliseconds: Int
    var status: Status
    var reviewerName: String?
    var reviewedAt: MillisecondsSince1970?
    /// Why an admin refused it, said to the speaker.
    var refusalReason: String?
}

/// What a console account sends: the prompt, the speaker, and the consent version ticked.
struct NewRecording: Sendable, Hashable {
    var locale: String
    var itemName: String
    var speaker: Account
    var submittedAt: MillisecondsSince1970
    var consentVersion: String
    var milliseconds: Int
}

/// An admin's decision on a pending submission.
enum RecordingDecision: Sendable, Hashable {
    case approve
    case refuse(reason: String)
}

/// The submissions of recordings, kept with the console's accounts (SQLite or PostgreSQL).
protocol RecordingStore: Sendable {
    /// Keeps a new submission as pending, with its sound; returns its id.
    func submitRecording(_ recording: NewRecording, audio: Data) async throws -> Int64
    /// Submissions with `status` (every one when nil), newest first.
    func recordings(status: RecordingSubmission.Status?) async throws -> [RecordingSubmission]
    func recording(id: Int64) async throws -> RecordingSubmission?
    /// The sound of a pending submission; nil once reviewed.
    func recordingAudio(id: Int64) async throws -> Data?
    /// Records the decision on a pending submission and forgets its sound; false when it was not pending
    /// (another admin decided first).
    func review(id: Int64, _ decision: RecordingDecision, by reviewer: Account, at time: MillisecondsSince1970) async throws -> Bool
}

extension RecordingDecision {
    var status: RecordingSubmission.Status {
        if case .approve = self { return .approved }
        return .refused
    }

    var reason: String? {
        if case .refuse(let reason) = self { return reason }
        return nil
    }
}
