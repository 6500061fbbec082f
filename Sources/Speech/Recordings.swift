public import Foundation

/// Human recordings, which the kiosk plays instead of synthesis: `<lang>/<procedure>/<step>[.<choice>].wav`.
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
        let parts = [item.locale, item.procedure, item.step] + (item.choice.map { [$0] } ?? [])
        guard parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") && !$0.contains("/") }) else { return nil }
        let base = folder.appendingPathComponent(item.locale).appendingPathComponent(item.name)
        return Self.formats.lazy
            .map { base.appendingPathExtension($0) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }
}
