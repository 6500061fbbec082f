import Foundation
import ProcedureModel
import Speech

/// The kiosk's sound: which script a URL names, and where its file is (recording, cache, or rendered now).
///
/// URLs name prompts by id (`/kiosk/audio/fr/css/foyer`, `…/foyer/choice/1`, `…/foyer/help`), never by
/// file, so nothing outside the audio cache can be reached through them.
struct KioskAudio: Sendable {
    let library: AudioLibrary

    /// What can be said: `nil` when neither espeak-ng nor a recordings folder can give sound.
    static func make(_ settings: ServerSettings) -> KioskAudio? {
        let voicesFile = URL(fileURLWithPath: settings.localesDirectory).appendingPathComponent("speech.json")
        let configuration: SpeechConfiguration
        do {
            configuration = try SpeechConfiguration.load(from: voicesFile)
        } catch {
            FileHandle.standardError.write(Data("note: no voice settings (\(error)); the kiosk works without sound\n".utf8))
            return nil
        }
        // Looked up for each prompt, so a recording approved at the console is played at once, even in
        // a folder that did not exist when the server started.
        let recordingsFolder = URL(fileURLWithPath: settings.recordingsDirectory)
        var library = AudioLibrary(
            configuration: configuration,
            cacheDirectory: URL(fileURLWithPath: settings.dataDirectory).appendingPathComponent("audio"),
            recordings: Recordings(folder: recordingsFolder)
        ) { message in
            FileHandle.standardError.write(Data("note: \(message)\n".utf8))
        }
        library.spokenOnly = Set(((try? SpokenOnlyLanguage.load(localesFolder: settings.localesDirectory)) ?? []).map(\.code))
        if case .missing = library.espeakStatus, !FileManager.default.fileExists(atPath: recordingsFolder.path) { return nil }
        return KioskAudio(library: library)
    }

    /// The file for `item`, rendered if needed. Rendering takes a tenth of a second; the library runs
    /// espeak-ng on a Dispatch thread, so the server's threads are not held meanwhile.
    func file(for item: SpokenItem) async throws -> URL? {
        try await library.audioFile(for: item)
    }

    /// The sound of `item`, rendered now and written nowhere it stays (an estimate's amounts).
    func soundOnce(of item: SpokenItem) async throws -> Data? {
        try await library.soundOnce(of: item)
    }
}

/// Where each prompt's audio is served.
enum AudioPath {
    static func forStep(_ locale: String, _ procedure: String, _ step: String) -> String {
        "/kiosk/audio/\(locale)/\(procedure)/\(step)"
    }

    static func forChoice(_ locale: String, _ procedure: String, _ step: String, _ value: String) -> String {
        forStep(locale, procedure, step) + "/choice/" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value)
    }

    static func forHelp(_ locale: String, _ procedure: String, _ step: String) -> String {
        forStep(locale, procedure, step) + "/help"
    }

    static func forTitle(_ locale: String, _ procedure: String) -> String {
        "/kiosk/audio/\(locale)/\(procedure)"
    }

    /// One of the kiosk's own words, e.g. "Vous êtes toujours là ?".
    static func forWord(_ locale: String, _ word: String) -> String {
        "/kiosk/say/\(locale)/\(word)"
    }
}
