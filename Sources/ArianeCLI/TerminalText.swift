import GuideEngine
import ProcedureModel
import Synchronization

/// The terminal's own words, in plain French, looked up by id so that `ariane run --lang` can show
/// them translated (`locales/<lang>/interface.xlf`, written by `ariane extract`).
enum TerminalText {
    /// Every string with its id, in French: what `ariane extract` writes to `interface.xlf`.
    static let french: [(id: String, text: String)] = [
        ("terminal.keys", "b = retour · ? = je ne comprends pas · a = écouter · q = quitter"),
        ("terminal.choose-number", "Tapez le numéro de votre réponse"),
        ("terminal.type-number", "Tapez un nombre"),
        ("terminal.type-date", "Tapez une date (jour/mois/année)"),
        ("terminal.press-enter", "Appuyez sur Entrée pour continuer"),
        ("terminal.documents-to-bring", "Les papiers à préparer :"),
        ("terminal.where-to-get-help", "Pour être aidé :"),
        ("terminal.no-help-text", "Il n'y a pas d'explication écrite pour cette étape."),
        ("terminal.ask-someone", "Demandez à la personne de l'accueil ou à un médiateur numérique."),
        ("terminal.ended", "La démarche est arrêtée. Rien n'est gardé à l'écran."),
        ("terminal.example", "(exemple : à remplir par votre ville)"),
        ("terminal.again", "Vous êtes toujours là ?"),
        ("terminal.input-ran-out", "Plus de réponses : la démarche s'arrête à l'étape « {step} »."),
        ("terminal.result.eligible", "✅ Vous pouvez faire cette demande."),
        ("terminal.result.not-eligible", "❌ Cette aide ne semble pas pour vous."),
        ("terminal.result.refer", "👤 Une personne doit regarder votre situation."),
    ]

    /// The strings in the language of the session; French until `ariane run --lang` sets a catalogue.
    /// The engine's refusals are part of the same interface file (see KioskWords' KioskText).
    private static let current = Mutex(InterfaceText(french: french + Rejection.frenchTexts))

    /// Shows the interface in the catalogue's language from now on, French where a string is untranslated.
    static func use(_ catalogue: TranslationCatalogue) {
        current.withLock { $0 = InterfaceText(french: french + Rejection.frenchTexts, catalogue: catalogue) }
    }

    private static func text(_ id: String, _ values: [String: String] = [:]) -> String {
        current.withLock { $0(id, values) }
    }

    /// Why an answer was refused, in the session's language.
    static func refusal(_ rejection: Rejection) -> String {
        current.withLock { rejection.message(in: $0) }
    }

    static let spoken = "🔊"
    static var keys: String { text("terminal.keys") }
    static var chooseNumber: String { text("terminal.choose-number") }
    static var typeNumber: String { text("terminal.type-number") }
    static var typeDate: String { text("terminal.type-date") }
    static var pressEnter: String { text("terminal.press-enter") }
    static var documentsToBring: String { text("terminal.documents-to-bring") }
    static var whereToGetHelp: String { text("terminal.where-to-get-help") }
    static var noHelpText: String { text("terminal.no-help-text") }
    static var askSomeone: String { text("terminal.ask-someone") }
    static var ended: String { text("terminal.ended") }
    static var example: String { text("terminal.example") }
    static var again: String { text("terminal.again") }

    static func inputRanOut(_ step: String) -> String {
        text("terminal.input-ran-out", ["step": step])
    }

    static func result(_ outcome: Outcome) -> String {
        text("terminal.result.\(outcome.rawValue)")
    }

    /// Every interface string to translate: the terminal's; the kiosk server adds its own list here.
    static var sourceTexts: [SourceText] {
        InterfaceText(french: french).sourceTexts
    }
}
