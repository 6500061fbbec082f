public import ProcedureModel

extension Rejection {
    /// The French messages, by interface id: the source of the `rejection.*` units in `interface.xlf`.
    public static let frenchTexts: [(id: String, text: String)] = [
        ("rejection.not-a-choice", "Choisissez une des réponses proposées."),
        ("rejection.not-a-choice-given", "« {given} » ne fait pas partie des réponses proposées. Choisissez une des réponses."),
        ("rejection.not-a-number", "Écrivez un nombre avec les chiffres du clavier."),
        ("rejection.not-a-whole-number", "Écrivez un nombre entier, sans virgule : on compte 1, 2, 3…"),
        ("rejection.out-of-range", "Écrivez un nombre entre {minimum} et {maximum}."),
        ("rejection.out-of-range-minimum", "Écrivez un nombre égal ou plus grand que {minimum}."),
        ("rejection.out-of-range-maximum", "Écrivez un nombre égal ou plus petit que {maximum}."),
        ("rejection.impossible-number", "Ce nombre n'est pas possible ici."),
        ("rejection.not-a-date", "Écrivez une date qui existe, comme 25/12/1990 : le jour, le mois, puis l'année."),
        ("rejection.cannot-go-back", "Vous êtes au début : on ne peut pas revenir en arrière."),
        ("rejection.not-a-question", "Ici, il n'y a pas de question. Touchez « Continuer »."),
        ("rejection.needs-an-answer", "Répondez à la question pour continuer."),
        ("rejection.no-audio", "Cette étape n'a pas de version parlée."),
        ("rejection.not-started", "La démarche n'a pas encore commencé."),
        ("rejection.already-started", "La démarche a déjà commencé."),
        ("rejection.session-ended", "Cette démarche est terminée."),
    ]

    private static let french = InterfaceText(french: frenchTexts)

    /// What to tell the person, in plain French: what went wrong and what to do instead.
    public var message: String { message(in: Self.french) }

    /// The message in the language of `interface` (French where it has no translation).
    public func message(in interface: InterfaceText) -> String {
        let (id, values) = text
        return interface(id, values)
    }

    /// The interface id of the message, and the values of its placeholders.
    private var text: (id: String, values: [String: String]) {
        switch self {
        case .notAChoice(let given):
            given.isEmpty ? ("rejection.not-a-choice", [:]) : ("rejection.not-a-choice-given", ["given": given])
        case .notANumber: ("rejection.not-a-number", [:])
        case .notAWholeNumber: ("rejection.not-a-whole-number", [:])
        case .outOfRange(let minimum?, let maximum?):
            ("rejection.out-of-range", ["minimum": FrenchNumber.text(minimum), "maximum": FrenchNumber.text(maximum)])
        case .outOfRange(let minimum?, nil): ("rejection.out-of-range-minimum", ["minimum": FrenchNumber.text(minimum)])
        case .outOfRange(nil, let maximum?): ("rejection.out-of-range-maximum", ["maximum": FrenchNumber.text(maximum)])
        case .outOfRange(nil, nil): ("rejection.impossible-number", [:])
        case .notADate: ("rejection.not-a-date", [:])
        case .cannotGoBack: ("rejection.cannot-go-back", [:])
        case .notAQuestion: ("rejection.not-a-question", [:])
        case .needsAnAnswer: ("rejection.needs-an-answer", [:])
        case .noAudio: ("rejection.no-audio", [:])
        case .notStarted: ("rejection.not-started", [:])
        case .alreadyStarted: ("rejection.already-started", [:])
        case .sessionEnded: ("rejection.session-ended", [:])
        }
    }
}
