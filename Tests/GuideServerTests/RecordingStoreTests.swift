import Foundation
import Testing

@testable import GuideServer

/// Submissions of recordings behave the same on SQLite, in memory and on PostgreSQL.
@Suite struct RecordingStoreTests {
    @Test(arguments: AccountStoreTests.Kind.available)
    func aSubmissionWaitsWithItsSoundIsDecidedOnceAndKeepsItsSpeakersConsent(_ kind: AccountStoreTests.Kind) async throws {
        let store = try await AccountStoreTests.store(kind)
        let awa = try await store.add(name: "awa", role: .worker, password: "correct horse battery", cost: 4, at: 0)
        let root = try await store.add(name: "root", role: .admin, password: "correct horse battery", cost: 4, at: 0)
        let sound = Data("RIFF….WAVE".utf8)
        func submit(_ item: String, at time: Int64) async throws -> Int64 {
            try await store.submitRecording(
                NewRecording(locale: "wo", itemName: item, speaker: awa, submittedAt: time, consentVersion: "2026-12-1", milliseconds: 2300),
                audio: sound)
        }
        let first = try await submit("essai/foyer", at: 100)
        let second = try await submit("essai/foyer.1", at: 200)
        #expect(try await store.recordings(status: .pending).map(\.id) == [second, first])
        #expect(try await store.recordingAudio(id: first) == sound)

        #expect(try await store.review(id: first, .approve, by: root, at: 300))
        #expect(try await store.review(id: second, .refuse(reason: "On entend la rue."), by: root, at: 310))
        #expect(!(try await store.review(id: first, .refuse(reason: "trop tard"), by: root, at: 320)))
        #expect(try await store.recordingAudio(id: first) == nil)
        #expect(try await store.recordingAudio(id: second) == nil)
        #expect(try await store.recordings(status: .pending).isEmpty)

        // The consent stays with the decision when the speaker's account goes.
        try await store.remove(name: "awa")
        let kept = try #require(try await store.recording(id: second))
        #expect(kept.speakerName == "awa")
        #expect(kept.consentVersion == "2026-12-1")
        #expect(kept.milliseconds == 2300)
        #expect(kept.status == .refused)
        #expect(kept.refusalReason == "On entend la rue.")
        #expect(kept.reviewerName == "root")
        #expect(kept.reviewedAt == 310)
        #expect(try await store.recordings(status: nil).map(\.status) == [.refused, .approved])
    }
}
