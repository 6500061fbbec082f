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
    /// Whether a native speaker has read every file of the language (French is the source: yes).
    let isReviewed: Bool
    /// The procedures listed in this language: those translated in full. A resident who chose Turkish
    /// is not sent into French half-way through a procedure; the mediator, or the French list, stays.
    let offered: Set<String>
    /// A language spoken and not written (see ``SpokenOnlyLanguage``): French on screen, its speakers'
    /// recordings in the ear.
    var isSpokenOnly = false

    init(
        language: KioskLanguage, library: ProcedureLibrary, interface: InterfaceText, isReviewed: Bool = true,
        offered: Set<String>? = nil
    ) {
        self.language = language
        self.library = library
        self.interface = interface
        self.isReviewed = isReviewed
        self.offered = offered ?? Set(library.procedures.map(\.id))
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
            let complete = library.procedures.filter { procedure in
                guard let file = locale.procedure(procedure.id) else { return false }
                return !file.units.isEmpty && file.units.allSatisfy { $0.status == .translated }
            }
            content[language.code] = LocalizedContent(
                language: language, library: translated(library, with: locale).library, interface: interface,
                isReviewed: locale.review.isReviewed, offered: Set(complete.map(\.id)))
        }
        return content
    }
}
