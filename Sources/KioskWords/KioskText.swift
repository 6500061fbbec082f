import GuideEngine
public import ProcedureModel

/// The kiosk's own words (buttons, titles) by interface id, in French: the source of the `kiosk.*`
/// units of `locales/<lang>/interface.xlf`. Templates read them as `{{text.<name>}}`.
public enum KioskText {
    public static let french: [(id: String, text: String)] = [
        ("kiosk.restart", "Recommencer"),
        ("kiosk.chooseLanguage", "Choisissez votre langue"),
        ("kiosk.chooseProcedure", "Que voulez-vous faire ?"),
        ("kiosk.otherLanguage", "Changer de langue"),
        ("kiosk.listen", "Écouter"),
        ("kiosk.stillThere", "Vous êtes toujours là ?"),
        ("kiosk.yesContinue", "Oui, je continue"),
        ("kiosk.typeNumber", "Écrivez le nombre"),
        ("kiosk.typeDate", "Écrivez la date : jour, mois, année"),
        ("kiosk.confirm", "Valider"),
        ("kiosk.continue", "Continuer"),
        ("kiosk.back", "Retour"),
        ("kiosk.dontUnderstand", "Je ne comprends pas"),
        ("kiosk.quit", "Arrêter"),
        ("kiosk.help", "Aide"),
        ("kiosk.helpTitle", "Voici une explication"),
        ("kiosk.noExplanation", "Il n'y a pas d'explication écrite pour cette question."),
        ("kiosk.whereToGetHelp", "Pour parler à quelqu'un :"),
        ("kiosk.example", "exemple : votre ville doit compléter cette adresse"),
        ("kiosk.continueWithMediator", "Continuer avec un médiateur"),
        ("kiosk.backToQuestion", "Revenir à la question"),
        ("kiosk.handOffTitle", "Donnez ce code à la personne qui vous aide"),
        (
            "kiosk.handOffExplanation",
            "Avec ce code, un médiateur ou une assistante sociale peut reprendre votre démarche là où vous êtes. Le code marche pendant 2 heures."
        ),
        ("kiosk.officialSite", "Site officiel"),
        ("kiosk.documentsToBring", "Les papiers à préparer"),
        ("kiosk.whereToGo", "Où aller, qui appeler"),
        ("kiosk.print", "Imprimer cette page"),
        ("kiosk.finish", "Terminer"),
        ("kiosk.thankYou", "Merci. La démarche est terminée."),
        ("kiosk.nothingKept", "Rien de ce que vous avez répondu ne reste sur cet écran."),
        ("kiosk.startAgain", "Revenir au début"),
        ("kiosk.eligible", "Vous pouvez faire cette demande."),
        ("kiosk.notEligible", "Cette aide ne semble pas faite pour vous."),
        ("kiosk.refer", "Une personne doit regarder votre situation avec vous."),
        ("kiosk.takenOver", "Une personne a repris votre démarche avec vous. Cet écran est libre."),
        ("kiosk.busy", "Il y a trop de démarches en cours. Attendez une minute, puis réessayez."),
        ("kiosk.pageNotFound", "Cette page n'existe pas."),
        ("kiosk.requestNotUnderstood", "La borne n'a pas compris la demande."),
        ("kiosk.somethingWentWrong", "Un problème est arrivé sur la borne."),
        // Numbers by touch, themes, the kiosk's own pages (text size, contrast, privacy, accessibility, feedback).
        ("kiosk.forExample", "Par exemple"),
        ("kiosk.keypad", "Clavier de chiffres"),
        ("kiosk.erase", "Effacer"),
        ("kiosk.comma", "Virgule"),
        ("kiosk.wholeNumber", "Un nombre entier, sans virgule"),
        ("kiosk.themeSante", "Santé"),
        ("kiosk.themeArgent", "Argent"),
        ("kiosk.themeLogement", "Logement"),
        ("kiosk.themeTravail", "Travail"),
        ("kiosk.themePapiers", "Papiers"),
        ("kiosk.themeFamille", "Famille"),
        ("kiosk.themeOther", "Autres démarches"),
        ("kiosk.display", "Affichage"),
        ("kiosk.textSize", "Taille du texte"),
        ("kiosk.textNormal", "Texte normal"),
        ("kiosk.textLarger", "Texte plus grand"),
        ("kiosk.textLargest", "Texte très grand"),
        ("kiosk.contrast", "Contraste"),
        ("kiosk.contrastNormal", "Contraste normal"),
        ("kiosk.contrastHigh", "Contraste fort"),
        ("kiosk.privacy", "Vos données"),
        ("kiosk.accessibility", "Accessibilité"),
        ("kiosk.didThisHelp", "La borne vous a-t-elle aidé ?"),
        ("kiosk.feedbackGood", "Oui, elle m'a aidé"),
        ("kiosk.feedbackNeutral", "Un peu"),
        ("kiosk.feedbackBad", "Non, pas du tout"),
        ("kiosk.feedbackThanks", "Merci pour votre réponse."),
        ("kiosk.callPerson", "Je veux parler à quelqu'un"),
        ("kiosk.personComing", "Une personne arrive"),
        ("kiosk.personComingExplanation", "Restez près de la borne. Quand la personne arrive, montrez-lui ce code."),
        ("kiosk.cancelCall", "Je n'ai plus besoin d'aide"),
        ("kiosk.listenCode", "Écouter le code"),
        ("kiosk.stopSound", "Arrêter le son"),
        // Shown with the French on every screen of a language no native speaker has read yet.
        ("kiosk.notReviewed", "Traduction non relue"),
        // A language whose procedures are not translated yet lists none: it says why and where to go.
        ("kiosk.noProcedureYet", "Les démarches ne sont pas encore traduites dans cette langue. Choisissez le français, ou demandez à un médiateur."),
    ]

    /// The words the kiosk says by itself, outside any procedure, as written for the voice: a
    /// translation can spell them for espeak-ng (Arabic with its short vowels) without changing the
    /// screen. `kiosk.<word>.audio` is said for `/kiosk/say/<lang>/<word>`.
    public static let spoken: [(id: String, text: String, note: String)] =
        [
            ("kiosk.languageName.audio", "Français", "Spoken on the language picker: the name of this language, in this language"),
            ("kiosk.stillThere.audio", "Vous êtes toujours là ?", "Spoken when nobody touched the screen for a while: kiosk.stillThere, written for the voice"),
            (
                "kiosk.callPerson.audio", "Je veux parler à quelqu'un",
                "Spoken for the button that calls a person to the kiosk: kiosk.callPerson, written for the voice"
            ),
            ("kiosk.personComing.audio", "Une personne arrive.", "Spoken when the resident called a person: kiosk.personComing, written for the voice"),
            (
                "kiosk.personComingExplanation.audio", "Restez près de la borne. Quand la personne arrive, montrez-lui ce code.",
                "Spoken after kiosk.personComing: kiosk.personComingExplanation, written for the voice"
            ),
            ("kiosk.yourCode.audio", "Votre code est :", "Spoken before the hand-off code, which is then said digit by digit"),
        ] + estimateSpoken + digits

    /// Each digit said alone, for reading a hand-off code aloud one digit at a time.
    private static let digits: [(id: String, text: String, note: String)] =
        ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"].enumerated().map { digit, word in
            ("kiosk.digit\(digit).audio", word, "The digit \(digit) said alone, when a hand-off code is read aloud digit by digit")
        }

    /// What the kiosk says for a word with no screen text (a digit, "Votre code est :"), in French.
    public static func spokenFrench(_ name: String) -> String? {
        let id = "kiosk.\(name).audio"
        return spoken.first { $0.id == id }?.text
    }

    /// Every interface string, in French: the kiosk's words, what it says by itself, and the
    /// engine's refusals. The order of `interface.xlf`.
    public static let allFrench = french + takeHome + estimate + spoken.map { ($0.id, $0.text) } + Rejection.frenchTexts

    /// Every interface string the server shows or says, for `interface.xlf`; the spoken ones are
    /// audio, checked as such (in Arabic, for their short vowels).
    public static var sourceTexts: [SourceText] {
        let notes = Dictionary(uniqueKeysWithValues: spoken.map { ($0.id, $0.note) })
        return InterfaceText(french: allFrench).sourceTexts.map { text in
            guard let note = notes[text.id] else { return text }
            var voiced = text
            voiced.isAudio = true
            voiced.context = note
            return voiced
        }
    }

    /// The words for templates, keyed by name without the `kiosk.` prefix.
    public static func words(_ interface: InterfaceText) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (french + takeHome).map { (String($0.id.dropFirst("kiosk.".count)), interface($0.id)) })
    }
}
