import Foundation
import ProcedureModel
import Speech
import Testing

/// A person's recording wins over synthesis.
@Suite struct RecordingTests {
    /// Half a second of a 440 Hz tone, made by sox, standing in for a person reading the prompt.
    func record(_ path: String, in folder: URL) throws -> URL {
        let file = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let sox = Process()
        sox.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sox.arguments = ["sox", "-n", "-r", "22050", file.path, "synth", "0.5", "sine", "440"]
        try sox.run()
        sox.waitUntilExit()
        return file
    }

    @Test func theRecordingIsPlayedAndNotRendered() async throws {
        let recordings = try temporaryFolder()
        let cache = try temporaryFolder()
        let recorded = try record("fr/essai/foyer.1.wav", in: recordings)
        let library = AudioLibrary(
            configuration: try shippedConfiguration(), cacheDirectory: cache, recordings: Recordings(folder: recordings))
        let one = item([.text("Une personne.")], choice: "1")
        let two = item([.text("Deux ou plus.")], choice: "2+")
        #expect(try await library.audioFile(for: one) == recorded)
        #expect(try SoundMeasure(recorded).seconds == 0.5)
        #expect(files(in: cache) == [])
        #expect(try await library.render([item(question), one, two]) == [.init(locale: "fr", rendered: 2, reused: 0, recorded: 1)])
        #expect(files(in: cache).count == 2)
    }

    @Test func recordingsAreFoundByLocaleProcedureStepAndChoiceInAnyKioskFormat() throws {
        let folder = try temporaryFolder()
        let stepRecording = try record("fr/essai/foyer.ogg", in: folder)
        let recordings = Recordings(folder: folder)
        #expect(recordings.recording(for: item(question)) == stepRecording)
        #expect(recordings.recording(for: item(question, locale: "ar")) == nil)
        #expect(recordings.recording(for: item(question, choice: "1")) == nil)
    }

    @Test func statusCountsRecordedSynthesisedAndMissing() async throws {
        let recordings = try temporaryFolder()
        _ = try record("fr/essai/foyer.1.wav", in: recordings)
        let library = AudioLibrary(
            configuration: try shippedConfiguration(), cacheDirectory: try temporaryFolder(),
            recordings: Recordings(folder: recordings))
        let items = [
            item(question), item([.text("Une personne.")], choice: "1"), item([.text("Deux ou plus.")], choice: "2+"),
            item([.text("How many people live in your home?")], locale: "en"),
        ]
        _ = try await library.render([items[0]])
        #expect(
            try library.status(of: items) == [
                AudioStatus(locale: "fr", recorded: 1, synthesised: 1, missing: 1),
                AudioStatus(locale: "en", recorded: 0, synthesised: 0, missing: 1),
            ])
    }
}
