public import Foundation

/// Human recordings, which the kiosk plays instead of synthesis: `<lang>/<item name>.wav`, such as
/// `fr/css/foyer.wav` for a step, `fr/css/foyer.1.wav` for a choice, `fr/css/foyer/help.wav` for a help text.
///
/// A person reading a prompt aloud sounds better than espeak-ng, so a recording, where someone made one,
/// always wins.
public struct Recordings: Sendable, Hashable {
    public var folder: URL

    /// The formats kiosk browsers play, in the order they are looked for.
    public static let formats = ["wav", "mp3", "ogg"]

    public init(folder: URL) {
        self.folder = folder
    }

    /// The recording for an item, if one is there.
    public func recording(for item: SpokenItem) -> URL? {
        // Names come from the schema's identifiers, but a model built in code could hold anything:
        // nothing may climb out of the folder.
        guard item.hasSafeName else { return nil }
        let base = folder.appendingPathComponent(item.locale).appendingPathComponent(item.name)
        return Self.formats.lazy
            .map { base.appendingPathExtension($0) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }
}
