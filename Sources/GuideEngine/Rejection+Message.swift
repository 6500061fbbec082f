extension Rejection {
    /// What to tell the person, in plain French: what went wrong and what to do instead.
    public var message: String {
        switch self {
        case .notAChoice(let given):
            given.isEmpty
                ? "Choisissez une des réponses proposées."
                : "« \(given) » ne fait pas partie des réponses proposées. Choisissez une des réponses."
        case .notANumber:
            "Écrivez un nombre, par exemple 850."
        case .outOfRange(let minimum?, let maximum?):
            "Écrivez un nombre entre \(FrenchNumber.text(minimum)) et \(FrenchNumber.text(maximum))."
        case .outOfRange(let minimum?, nil):
            "Écrivez un nombre égal ou plus grand que \(FrenchNumber.text(minimum))."
        case .outOfRange(nil, let maximum?):
            "Écrivez un nombre égal ou plus petit que \(FrenchNumber.text(maximum))."
        case .outOfRange(nil, nil):
            "Ce nombre n'est pas possible ici."
        case .notADate:
            "Écrivez une date qui existe, comme 25/12/1990 : le jour, le mois, puis l'année."
        case .cannotGoBack:
            "Vous êtes au début : on ne peut pas revenir en arrière."
        case .notAQuestion:
            "Ici, il n'y a pas de question. Touchez « Continuer »."
        case .needsAnAnswer:
            "Répondez à la question pour continuer."
        case .noAudio:
            "Cette étape n'a pas de version parlée."
        case .notStarted:
            "La démarche n'a pas encore commencé."
        case .alreadyStarted:
            "La démarche a déjà commencé."
        case .sessionEnded:
            "Cette démarche est terminée."
        }
    }
}
