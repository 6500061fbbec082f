import Foundation

/// Submissions of recordings in memory, as ``SQLiteAccountStore`` keeps them.
extension MemoryAccountStore {
    func submitRecording(_ recording: NewRecording, audio: Data) -> Int64 {
        let id = Int64(submissions.count + 1)
        submissions.append(
            RecordingSubmission(
                id: id, locale: recording.locale, itemName: recording.itemName, speakerName: recording.speaker.name,
                submittedAt: recording.submittedAt, consentVersion: recording.consentVersion, milliseconds: recording.milliseconds,
                status: .pending))
        pendingAudio[id] = audio
        return id
    }

    func recordings(status: RecordingSubmission.Status?) -> [RecordingSubmission] {
        submissions.filter { status == nil || $0.status == status }.sorted { ($1.submittedAt, $1.id) < ($0.submittedAt, $0.id) }
    }

    func recording(id: Int64) -> RecordingSubmission? {
        submissions.first { $0.id == id }
    }

    func recordingAudio(id: Int64) -> Data? {
        pendingAudio[id]
    }

    func review(id: Int64, _ decision: RecordingDecision, by reviewer: Account, at time: Int64) -> Bool {
        guard let index = submissions.firstIndex(where: { $0.id == id && $0.status == .pending }) else { return false }
        submissions[index].status = decision.status
        submissions[index].reviewerName = reviewer.name
        submissions[index].reviewedAt = time
        submissions[index].refusalReason = decision.reason
        pendingAudio[id] = nil
        return true
    }
}
