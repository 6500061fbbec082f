import ProcedureModel

/// The terminal's own words, in plain French, kept together so they can be translated in one place.
enum TerminalText {
    static let spoken = "🔊"
    static let keys = "b = retour · ? = je ne comprends pas · a = écouter · q = quitter"
    static let chooseNumber = "Tapez le numéro de votre réponse"
    static let typeNumber = "Tapez un nombre"
    static let typeDate = "Tapez une date (jour/mois/année)"
    static let pressEnter = "Appuyez sur Entrée pour continuer"
    static let documentsToBring = "Les papiers à préparer :"
    static let whereToGetHelp = "Pour être aidé :"
    static let noHelpText = "Il n'y a pas d'explication écrite pour cette étape."
    static let askSomeone = "Demandez à la personne de l'accueil ou à un médiateur numérique."
    static let ended = "La démarche est arrêtée. Rien n'est gardé à l'écran."
    static let example = "(exemple : à remplir par votre ville)"
    static let again = "Vous êtes toujours là ?"

    static func inputRanOut(_ step: String) -> String {
        "Plus de réponses : la démarche s'arrête à l'étape « \(step) »."
    }

    static func result(_ outcome: Outcome) -> String {
        switch outcome {
        case .eligible: "✅ Vous pouvez faire cette demande."
        case .notEligible: "❌ Cette aide ne semble pas pour vous."
        case .refer: "👤 Une personne doit regarder votre situation."
        }
    }
}
