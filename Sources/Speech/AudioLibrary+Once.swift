public import Foundation

extension AudioLibrary {
    /// The sound of `item`, rendered now and kept nowhere: for what must not stay on the kiosk's disk,
    /// such as the amounts of an estimate, which the person's answers give. A recording still wins.
    /// `nil` when there is no recording and no espeak-ng.
    public func soundOnce(of item: SpokenItem) async throws(SpeechError) -> Data? {
        switch try source(of: item) {
        case .recording(let file):
            return try Self.read(file, item)
        case .rendered, .notRendered:
            guard let voice = configuration.voice(for: item.locale) else { return nil }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-once-\(UUID().uuidString).wav")
            defer { try? FileManager.default.removeItem(at: file) }
            try await espeak.render(item.script.speakDocument, voice: voice, to: file)
            return try Self.read(file, item)
        case .unavailable:
            return nil
        }
    }

    private static func read(_ file: URL, _ item: SpokenItem) throws(SpeechError) -> Data {
        do {
            return try Data(contentsOf: file)
        } catch {
            throw SpeechError(subject: item.name, message: "cannot read \(file.path): \(error.localizedDescription)")
        }
    }
}
