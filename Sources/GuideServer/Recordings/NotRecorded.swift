import Foundation
import KioskWords
import ProcedureModel
import Speech

/// What a spoken-only language's kiosk says for a prompt nobody has recorded yet: that it is not
/// recorded, in the language if someone recorded that sentence, else in French. The French text
/// stays on screen; the resident is never left wondering whether the sound is broken.
enum NotRecorded {
    /// The kiosk word a speaker records first: `/kiosk/say/<code>/notRecorded`.
    static let word = KioskSpokenWords.notRecorded
    static let french = KioskSpokenWords.notRecordedFrench

    /// The stand-in's sound for `locale`: its recording, else the French sentence synthesised.
    static func file(in locale: String, audio: KioskAudio) async throws -> URL? {
        let script = AudioScript(parts: [.text(french)])
        if let recorded = try await audio.file(for: SpokenItem(locale: locale, name: "interface/\(word)", script: script)) {
            return recorded
        }
        return try await audio.file(for: SpokenItem(locale: "fr", name: "interface/\(word)", script: script))
    }
}
