public import ProcedureModel

/// The kiosk's own words that it says aloud (`/kiosk/say/<lang>/<name>`), which people may record:
/// the language's name, the idle question, the call button, the digits of a code, the themes of the
/// picker, "no explanation", and the sentence a spoken-only language says for a prompt nobody has
/// recorded yet.
public enum KioskSpokenWords {
    /// Said, in a spoken-only language, for a prompt nobody has recorded yet: record it first.
    public static let notRecorded = "notRecorded"
    public static let notRecordedFrench = "Ce message n'est pas encore enregistré dans votre langue."

    /// The name of the word that names a theme on the picker: `themeSante`, `themeOther`.
    public static func themeWord(_ theme: Theme?) -> String {
        let raw = theme?.rawValue ?? "other"
        return "theme" + raw.prefix(1).uppercased() + raw.dropFirst()
    }

    /// Every such word's name, in the order a speaker records them.
    public static var names: [String] {
        let spoken = KioskText.spoken.map { String($0.id.dropFirst("kiosk.".count).dropLast(".audio".count)) }
        let themes = (Theme.allCases.map { $0 } + [nil]).map(themeWord)
        return [notRecorded] + spoken + themes + ["noExplanation"]
    }

    /// Each word with its French text, for a language read from the French.
    public static var french: [(name: String, text: String)] {
        let screen = Dictionary(KioskText.french.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        return names.map { name in
            (name, name == notRecorded ? notRecordedFrench : KioskText.spokenFrench(name) ?? screen["kiosk.\(name)"] ?? name)
        }
    }
}
