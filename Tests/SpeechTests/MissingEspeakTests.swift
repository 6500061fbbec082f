import Foundation
import ProcedureModel
import Speech
import Testing

/// Without espeak-ng: said once, with the install command; nothing written; recordings still play.
@Suite struct MissingEspeakTests {
    let nowhere = Espeak.locate(environment: ["ARIANE_ESPEAK": "/nonexistent/espeak-ng", "PATH": "/usr/bin"])

    @Test func theMessageNamesTheFixAndIsSaidOnce() async throws {
        let cache = try temporaryFolder().appendingPathComponent("audio")
        var said: [String] = []
        let library = AudioLibrary(
            configuration: try shippedConfiguration(), cacheDirectory: cache, espeak: nowhere, warn: { said.append($0) })
        #expect(try await library.audioFile(for: item(question)) == nil)
        #expect(try await library.audioFile(for: item([.text("Oui.")], choice: "oui")) == nil)
        #expect(
            said == [
                "espeak-ng is not installed at /nonexistent/espeak-ng: sudo apt-get install espeak-ng; the kiosk works without sound"
            ])
        #expect(!FileManager.default.fileExists(atPath: cache.path))
    }

    @Test func withoutAConfiguredPathTheMessageIsThePlainInstallHint() {
        let absent = Espeak.locate(environment: ["PATH": "/nonexistent"])
        #expect(absent.executable == nil)
        #expect(
            absent.status()
                == .missing(
                    message: "espeak-ng is not installed: sudo apt-get install espeak-ng; the kiosk works without sound"))
    }

    @Test func renderRefusesAndWritesNothing() async throws {
        let cache = try temporaryFolder().appendingPathComponent("audio")
        let library = AudioLibrary(configuration: try shippedConfiguration(), cacheDirectory: cache, espeak: nowhere)
        let error = await #expect(throws: SpeechError.self) { try await library.render([item(question)]) }
        #expect(
            error?.description
                == "espeak-ng: error: espeak-ng is not installed at /nonexistent/espeak-ng: sudo apt-get install espeak-ng; the kiosk works without sound")
        #expect(!FileManager.default.fileExists(atPath: cache.path))
    }

    @Test func aRecordingStillPlays() async throws {
        let recordings = try temporaryFolder()
        let file = recordings.appendingPathComponent("fr/essai/foyer.mp3")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("stand-in".utf8).write(to: file)
        let library = AudioLibrary(
            configuration: try shippedConfiguration(), cacheDirectory: try temporaryFolder(),
            recordings: Recordings(folder: recordings), espeak: nowhere)
        #expect(try await library.audioFile(for: item(question)) == file)
    }

    @Test func aGivenPathComesBeforeTheEnvironment() {
        let given = Espeak.locate(path: "/opt/espeak-ng", environment: ["ARIANE_ESPEAK": "/nonexistent/espeak-ng"])
        #expect(given.executable?.path == "/opt/espeak-ng")
    }

    @Test func espeakIsFoundOnThePathHere() {
        let found = Espeak.locate(environment: ["PATH": "/nonexistent:/usr/bin"])
        #expect(found.executable?.path == "/usr/bin/espeak-ng")
        #expect(found.status().isAvailable)
    }
}
