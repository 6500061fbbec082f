import GuideEngine
import KioskWords
import ProcedureModel
import ProcedureXML

/// Everything a resident sees, in one language: the procedures, directories and glossary
/// translated (French where a string is not translated yet), and the kiosk's own words.
struct LocalizedContent: Sendable {
    let language: KioskLanguage
    let library: ProcedureLibrary
    let interface: InterfaceText
    /// The kiosk's words for templates, by name (`restart`, `listen`…).
    let words: [String: String]

    init(language: KioskLanguage, library: ProcedureLibrary, interface: InterfaceText) {
        self.language = language
        self.library = library
        self.interface = interface
        self.words = KioskText.words(interface).merging(["colon": language.colon, "questionMark": language.questionMark]) { $1 }
    }

    func word(_ name: String) -> String {
        words[name] ?? name
    }

    /// What the kiosk says for `/kiosk/say/<lang>/<name>`: the translation's spoken form when it has
    /// one (`kiosk.<name>.audio`), else the words on screen, else the French voice text of a word said
    /// only (a digit); `nil` for a word the kiosk does not have.
    func spoken(_ name: String) -> String? {
        if let voiced = interface.catalogue?.target("kiosk.\(name).audio") { return TranslationText.plain(voiced) }
        return name == "languageName" ? language.name : words[name] ?? KioskText.spokenFrench(name)
    }

    /// The French library, and one translated library per language under `folder` that the kiosk
    /// knows how to show. A translation file with errors stops the start: a resident must never
    /// meet a half-read file.
    static func load(_ library: ProcedureLibrary, localesFolder folder: String) throws(DiagnosticList) -> [String: LocalizedContent] {
        let french = InterfaceText(french: KioskText.allFrench)
        var content = ["fr": LocalizedContent(language: .french, library: library, interface: french)]
        let (locales, problems) = TranslationLoader.loadAll(from: folder)
        let errors = problems.filter { $0.severity == .error }
        if !errors.isEmpty { throw DiagnosticList(errors) }
        for locale in locales {
            guard let language = KioskLanguage.named(locale.language), language.code != "fr",
                locale.shared(.interface) != nil
            else { continue }
            let interface = InterfaceText(
                french: KioskText.allFrench,
                catalogue: locale.catalogue(LocaleTranslations.SharedFile.interface.rawValue)
            )
            content[language.code] = LocalizedContent(language: language, library: translated(library, with: locale).library, interface: interface)
        }
        return content
    }
}
