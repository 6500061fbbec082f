public import Foundation

/// Where the kiosk's sound comes from: a human recording, else a cached rendering, else espeak-ng now.
///
/// ```swift
/// let library = AudioLibrary(configuration: voices, cacheDirectory: audio, recordings: recordings) { print($0) }
/// if let file = try await library.audioFile(for: item) { play(file) }   // nil: no espeak-ng, the kiosk stays silent
/// ```
public struct AudioLibrary: Sendable {
    public var configuration: SpeechConfiguration
    /// Rendered files, by locale: `<cache>/<lang>/<sha256>.wav`.
    public var cacheDirectory: URL
    public var recordings: Recordings?
    public let espeak: Espeak
    /// Found once when the library is made, so a missing espeak-ng is said once, not for every prompt.
    public let espeakStatus: EspeakStatus
    /// Languages with recordings and no voice (see ``SpokenOnlyLanguage``): a prompt nobody recorded yet
    /// has no sound, where another locale without a voice is a configuration error.
    public var spokenOnly: Set<String> = []

    /// Looks for espeak-ng once; if it is missing, `warn` hears so, once, with the install command. Picks
    /// each locale's voice among those installed (preferred MBROLA voices), saying which are missing.
    /// Make one library for the life of a server, so that is said once.
    public init(
        configuration: SpeechConfiguration, cacheDirectory: URL, recordings: Recordings? = nil,
        espeak: Espeak = .locate(), warn: (String) -> Void = { _ in }
    ) {
        self.configuration = configuration
        self.cacheDirectory = cacheDirectory
        self.recordings = recordings
        self.espeak = espeak
        self.espeakStatus = espeak.status()
        if case .missing(let message) = espeakStatus { warn(message) }
        if espeakStatus.isAvailable {
            let (resolved, notes) = configuration.resolved(speaks: espeak.speaks)
            self.configuration = resolved
            notes.forEach(warn)
        }
    }

    /// Where a prompt's sound is: its recording, or its rendering (made now if it is not cached yet);
    /// `nil` when neither exists and espeak-ng is missing, so the kiosk carries on without sound.
    public func audioFile(for item: SpokenItem) async throws(SpeechError) -> URL? {
        switch try source(of: item) {
        case .recording(let file), .rendered(let file):
            return file
        case .notRendered(let file, let voice):
            try await espeak.render(item.script.speakDocument, voice: voice, to: file)
            return file
        case .unavailable:
            return nil
        }
    }

    /// Where an item's sound comes from, without making any.
    enum Source: Hashable {
        case recording(URL)
        case rendered(URL)
        case notRendered(URL, VoiceSettings)
        /// No recording and no espeak-ng to render with.
        case unavailable
    }

    func source(of item: SpokenItem) throws(SpeechError) -> Source {
        guard item.hasSafeName else {
            throw SpeechError(subject: item.name, message: "not a name a file can have (locale \(item.locale.debugDescription))")
        }
        if let recording = recordings?.recording(for: item) { return .recording(recording) }
        guard case .available(let version) = espeakStatus else { return .unavailable }
        guard let voice = configuration.voice(for: item.locale) else {
            if spokenOnly.contains(item.locale) { return .unavailable }
            throw SpeechError(subject: item.name, message: "no voice for locale \(item.locale.debugDescription) in the voice configuration")
        }
        let name = RenderedName(engineVersion: version, voice: voice, document: item.script.speakDocument)
        let file = cacheDirectory.appendingPathComponent(item.locale).appendingPathComponent(name.fileName)
        return FileManager.default.fileExists(atPath: file.path) ? .rendered(file) : .notRendered(file, voice)
    }
}
