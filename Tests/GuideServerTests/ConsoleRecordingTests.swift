import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Speech
import Testing

@testable import GuideServer

/// Prompts recorded at the console: only console accounts record, an admin decides, and an approved
/// recording is what the kiosk plays.
@Suite struct ConsoleRecordingTests {
    @Test func nobodyButASignedInConsoleAccountReachesTheRecordingPages() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client in
            for path in ["/console/recordings", "/console/recordings/record?lang=fr&item=essai/foyer", "/console/recordings/review"] {
                let anonymous = try await client.get(path)
                #expect(anonymous.status == .seeOther, "\(path)")
                #expect(anonymous.location == "/console/login")
            }
            var headers = HTTPFields()
            headers[.contentType] = "audio/wav"
            let sent = try await client.execute(
                uri: "/console/recordings/submit?lang=fr&item=essai/foyer&consent=2026-12-1", method: .post, headers: headers,
                body: ByteBuffer(bytes: recordedTone(seconds: 1)))
            #expect(sent.status == .seeOther)
            #expect(try await harness.accounts.recordings(status: nil).isEmpty)
            // The kiosk's pages carry no recording code: a resident's voice is never taken.
            let kiosk = try await client.get("/kiosk")
            #expect(!kiosk.text.contains("record.js"))

            let analyst = try await client.signIn("ana")
            #expect(try await analyst.get(client, "/console/recordings").status == .forbidden)
            let worker = try await client.signIn("marie")
            #expect(try await worker.get(client, "/console/recordings").status == .ok)
            #expect(try await worker.get(client, "/console/recordings/review").status == .forbidden)
        }
    }

    @Test func aWorkerRecordsAnAdminApprovesAndTheKioskPlaysItAtAboutMinus16() async throws {
        let harness = try ConsoleHarness()
        // The shipped voices, as a kiosk has them: the kiosk's sound is on.
        let locales = URL(fileURLWithPath: harness.settings.localesDirectory)
        try FileManager.default.createDirectory(at: locales, withIntermediateDirectories: true)
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../locales/speech.json").standardized
        try FileManager.default.copyItem(at: shipped, to: locales.appendingPathComponent("speech.json"))
        try await harness.run { client in
            let marie = try await client.signIn("marie")
            let page = try await marie.get(client, "/console/recordings/record?lang=fr&item=essai/foyer.2%2B")
            #expect(page.status == .ok)
            #expect(page.text.contains("Deux ou plus."))
            #expect(page.text.contains("diffusée par les bornes Ariane"))
            #expect(page.headers[.contentSecurityPolicy]?.contains("media-src 'self' blob:") == true)

            let sent = try await marie.submitRecording(client, item: "essai/foyer.2+", audio: recordedTone(seconds: 2))
            #expect(sent.status == .created)
            let pending = try #require(try await harness.accounts.recordings(status: .pending).first)
            #expect(pending.speakerName == "marie")
            #expect(pending.consentVersion == RecordingConsent.version)
            #expect(pending.milliseconds == 2000)
            #expect(try await marie.get(client, "/console/recordings?lang=fr&group=essai").text.contains("En attente de validation"))

            let root = try await client.signIn("root")
            let review = try await root.get(client, "/console/recordings/review")
            #expect(review.text.contains("Deux ou plus."))
            let heard = try await root.get(client, "/console/recordings/review/\(pending.id)/audio")
            #expect(heard.headers[.contentType] == "audio/wav")
            #expect(Data(heard.body.readableBytesView) == recordedTone(seconds: 2))

            let approved = try await root.post(client, "/console/recordings/review/\(pending.id)/approve")
            #expect(approved.status == .seeOther)
            let file = URL(fileURLWithPath: harness.settings.recordingsDirectory).appendingPathComponent("fr/essai/foyer.2+.wav")
            #expect(FileManager.default.fileExists(atPath: file.path))
            let level = try await RecordingLoudness().speechLevel(of: file)
            #expect(abs(level - -16) < 1.5, "speech level \(level) dBFS")
            #expect(try await harness.accounts.recordingAudio(id: pending.id) == nil)
            #expect(try await harness.accounts.recording(id: pending.id)?.reviewerName == "root")
            // Deciding twice is refused: the first admin decided.
            #expect(try await root.post(client, "/console/recordings/review/\(pending.id)/approve").status == .conflict)

            let played = try await client.get("/kiosk/audio/fr/essai/foyer/choice/2%2B")
            #expect(played.status == .ok)
            #expect(Data(played.body.readableBytesView) == (try Data(contentsOf: file)))
            #expect(try await marie.get(client, "/console/recordings?lang=fr&group=essai").text.contains("Validé"))
        }
    }

    @Test func aRecordingIsRefusedWithAReasonItsSpeakerReadsAndItsSoundIsNotKept() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client in
            let paul = try await client.signIn("paul")
            #expect(try await paul.submitRecording(client, item: "essai/foyer", audio: recordedTone(seconds: 1)).status == .created)
            let id = try #require(try await harness.accounts.recordings(status: .pending).first?.id)
            let root = try await client.signIn("root")
            #expect(try await root.post(client, "/console/recordings/review/\(id)/refuse", ["reason": " "]).status == .badRequest)
            #expect(try await root.post(client, "/console/recordings/review/\(id)/refuse", ["reason": "Trop de bruit derrière."]).status == .seeOther)
            #expect(try await root.get(client, "/console/recordings/review/\(id)/audio").status == .notFound)
            #expect(try await paul.get(client, "/console/recordings").text.contains("Trop de bruit derrière."))
            let folder = URL(fileURLWithPath: harness.settings.recordingsDirectory)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("fr/essai/foyer.wav").path))
        }
    }

    @Test func anUploadWithoutConsentOrThatIsNotAShortWAVPromptIsRefusedAndNothingKept() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client in
            let marie = try await client.signIn("marie")
            let tone = recordedTone(seconds: 1)
            #expect(try await marie.submitRecording(client, item: "essai/foyer", consent: nil, audio: tone).status == .badRequest)
            #expect(try await marie.submitRecording(client, item: "essai/foyer", consent: "2020-1", audio: tone).status == .badRequest)
            #expect(try await marie.submitRecording(client, item: "essai/foyer", audio: tone, contentType: "audio/webm").status == .unsupportedMediaType)
            #expect(try await marie.submitRecording(client, item: "essai/foyer", audio: Data("not a sound".utf8)).status == .unprocessableContent)
            #expect(try await marie.submitRecording(client, item: "essai/foyer", audio: recordedTone(seconds: 0.1)).status == .unprocessableContent)
            #expect(
                try await marie.submitRecording(client, item: "essai/foyer", audio: recordedTone(seconds: 61, rate: 8000)).status
                    == .unprocessableContent)
            #expect(try await marie.submitRecording(client, item: "essai/foyer", audio: recordedTone(seconds: 70, rate: 48000)).status == .contentTooLarge)
            #expect(try await marie.submitRecording(client, item: "../../etc/passwd", audio: tone).status == .notFound)
            #expect(try await marie.submitRecording(client, lang: "xx", item: "essai/foyer", audio: tone).status == .notFound)
            #expect(try await harness.accounts.recordings(status: nil).isEmpty)
        }
    }
}
