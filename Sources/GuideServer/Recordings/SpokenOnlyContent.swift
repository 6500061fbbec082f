import Foundation
import KioskWords
import ProcedureModel
import Speech

extension LocalizedContent {
    /// The kiosk's content in each spoken-only language that has recordings: the French procedures and
    /// words on screen, offered in full (the text is the French one, never half-translated), and the
    /// language's own name on its button.
    ///
    /// A declared language nobody has recorded yet (no `recordings/<code>/` folder when the server
    /// starts) is not offered: its residents would hear nothing they understand. It can be recorded
    /// at the console all the same, and appears at the next start after the first approval.
    static func spokenOnly(_ library: ProcedureLibrary, settings: ServerSettings) throws -> [String: LocalizedContent] {
        let recordings = URL(fileURLWithPath: settings.recordingsDirectory)
        var content: [String: LocalizedContent] = [:]
        for language in try SpokenOnlyLanguage.load(localesFolder: settings.localesDirectory)
        where FileManager.default.fileExists(atPath: recordings.appendingPathComponent(language.code).path) {
            var spoken = LocalizedContent(
                language: KioskLanguage(code: language.code, name: language.name, isRightToLeft: false), library: library,
                interface: InterfaceText(french: KioskText.allFrench))
            spoken.isSpokenOnly = true
            content[language.code] = spoken
        }
        return content
    }
}
