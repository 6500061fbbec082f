import Foundation
import Testing

/// Sounds made in a test, standing in for a person: never shipped as content.
enum SpeechFixture {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-recordings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// espeak-ng reading `text` in French, as a WAV file.
    static func espeak(_ text: String, to file: URL) throws -> URL {
        try run(["espeak-ng", "-v", "fr", "-w", file.path, text])
        return file
    }

    /// A second of a soft 330 Hz tone.
    static func tone(to file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try run(["sox", "-n", "-r", "22050", "-c", "1", "-b", "16", file.path, "synth", "1", "sine", "330", "vol", "0.2"])
    }

    private static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestSetupError("\(arguments.joined(separator: " ")) failed") }
    }
}

/// The shipped `locales/spoken-only.json`.
enum SpokenOnlyDeclaration {
    private struct File: Decodable {
        struct Language: Decodable {
            var code: String
            var name: String
        }
        var languages: [Language]
    }

    /// The name a spoken-only language's button shows.
    static func name(_ code: String) throws -> String? {
        let data = try Data(contentsOf: ShippedContent.locales.appendingPathComponent("spoken-only.json"))
        return try JSONDecoder().decode(File.self, from: data).languages.first { $0.code == code }?.name
    }
}

extension Kiosk {
    /// Signs in to the console on this screen.
    func signIn(_ name: String, _ password: String) async throws {
        try await open("/console/login")
        try await waitForHeading("Se connecter")
        try await browser.element("#name").type(name)
        try await browser.element("#password").type(password)
        try await submit("main form[action='/console/login'] button")
        try await waitForHeading("Console")
    }

    /// From now on, notes each sound the page starts playing (the page makes them with `new Audio`).
    func listenForPlayedSounds() async throws {
        _ = try await browser.execute(
            """
            window.arianePlayed = [];
            const Original = window.Audio;
            window.Audio = function (url) {
              const audio = new Original(url);
              audio.addEventListener("playing", () => window.arianePlayed.push(new URL(audio.src).pathname));
              return audio;
            };
            """)
    }

    /// The paths of the sounds that started playing since ``listenForPlayedSounds()``.
    func playedSounds() async throws -> [String] {
        (try await browser.execute("return window.arianePlayed || [];").array ?? []).compactMap(\.string)
    }
}
