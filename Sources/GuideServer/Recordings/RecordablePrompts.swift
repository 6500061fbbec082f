import Foundation
import KioskWords
import ProcedureModel
import Speech

/// Everything the kiosk says in one language, as a speaker at the console sees it: what kind of
/// prompt, which procedure, the text to read, and whether someone has already recorded it.
struct RecordablePrompts: Sendable {
    struct Language: Sendable, Hashable {
        var code: String
        var name: String
        var isSpokenOnly: Bool
    }

    let language: Language
    let items: [SpokenItem]

    /// The prompts of `language`: its kiosk content where it has one, else (a spoken-only language not
    /// offered yet) the French read for it.
    init(_ language: Language, services: GuideServices) {
        self.language = language
        let content = services.content[language.code] ?? services.content("fr")
        let words = KioskSpokenWords.names.map { name in
            (name: name, text: name == NotRecorded.word ? NotRecorded.french : name == "languageName" ? language.name : content.spoken(name) ?? name)
        }
        items = SpokenItem.items(in: content.library, recordedIn: language.code, words: words)
    }

    func item(named name: String) -> SpokenItem? {
        items.first { $0.name == name }
    }

    /// Every language a speaker may record: the kiosk's written languages, then each spoken-only one
    /// declared in `locales/spoken-only.json`, offered at the kiosk or not yet.
    static func languages(_ services: GuideServices) throws -> [Language] {
        let written = services.languages.filter { services.content[$0.code]?.isSpokenOnly != true }
            .map { Language(code: $0.code, name: $0.name, isSpokenOnly: false) }
        let spoken = try SpokenOnlyLanguage.load(localesFolder: services.settings.localesDirectory)
            .map { Language(code: $0.code, name: $0.name, isSpokenOnly: true) }
        return written + spoken
    }

    /// What a speaker calls an item, from its name.
    static func kind(of name: String) -> String {
        let parts = name.split(separator: "/")
        switch parts.first {
        case "interface": return "Mot de la borne"
        case "documents": return "Document"
        case "help-points": return "Lieu d'aide"
        case "glossary": return "Glossaire"
        default: break
        }
        if parts.count == 1 { return "Titre de la démarche" }
        if parts.last == "help" { return "Aide" }
        return parts.last?.contains(".") == true ? "Choix" : "Étape"
    }
}
