public import ProcedureModel

/// An estimate question as the kiosk asks it, written and spoken, in one language.
public struct EstimateQuestionWords: Sendable {
    public struct Choice: Sendable {
        public var value: String
        public var text: String
        public var audio: String
    }

    public var text: String
    public var audio: String
    /// Buttons for a question with choices; empty for a number typed on the keypad.
    public var choices: [Choice]

    /// The words for `question` in `language` (`fr`, `en`, `ar`); French for another language.
    public static func of(_ question: EstimateQuestion, language: String) -> EstimateQuestionWords {
        let table = language == "ar" ? arabic : language == "en" ? english : french
        let (text, audio, choices) = table[question] ?? french[question] ?? ("", "", [])
        let values = Self.values(question)
        return EstimateQuestionWords(
            text: text, audio: audio,
            choices: zip(values, choices).map { Choice(value: $0, text: $1.0, audio: $1.1) })
    }

    private static func values(_ question: EstimateQuestion) -> [String] {
        switch question.answerKind {
        case .yesNo: ["oui", "non"]
        case .choice(let values): values
        case .number: []
        }
    }

    private typealias Words = [EstimateQuestion: (String, String, [(String, String)])]

    private static let french: Words = [
        .couple: ("Vivez-vous en couple ?", "Vivez-vous en couple ? Touchez Oui ou Non.", [("Oui", "Oui."), ("Non", "Non.")]),
        .children: ("Combien d'enfants vivent avec vous ?", "Combien d'enfants vivent avec vous ? Tapez le nombre. Tapez 0 si aucun.", []),
        .age: ("Quel âge avez-vous ?", "Quel âge avez-vous ? Tapez votre âge.", []),
        .wages: (
            "Combien gagne votre foyer par mois en salaire, en euros ?",
            "Combien gagne votre foyer par mois, en salaire ? Tapez le montant en euros. Tapez 0 si rien.", []
        ),
        .unemployment: (
            "Combien recevez-vous de chômage par mois, en euros ?",
            "Combien recevez-vous de chômage par mois ? Tapez le montant en euros. Tapez 0 si rien.", []
        ),
        .housing: (
            "Où habitez-vous ?", "Où habitez-vous ? Écoutez les trois choix, puis touchez le bon.",
            [
                ("Je paie un loyer", "Je paie un loyer."), ("Je suis propriétaire", "Je suis propriétaire."),
                ("Je suis logé gratuitement", "Je suis logé gratuitement."),
            ]
        ),
        .rent: (
            "Combien payez-vous de loyer par mois, sans les charges ?", "Combien payez-vous de loyer par mois, sans les charges ? Tapez le montant en euros.",
            []
        ),
    ]

    private static let english: Words = [
        .couple: ("Do you live with a partner?", "Do you live with a partner? Touch Yes or No.", [("Yes", "Yes."), ("No", "No.")]),
        .children: ("How many children live with you?", "How many children live with you? Type the number. Type 0 if none.", []),
        .age: ("How old are you?", "How old are you? Type your age.", []),
        .wages: (
            "How much does your household earn in wages a month, in euros?",
            "How much does your household earn in wages a month? Type the amount in euros. Type 0 if nothing.", []
        ),
        .unemployment: (
            "How much unemployment benefit do you receive a month, in euros?",
            "How much unemployment benefit do you receive a month? Type the amount in euros. Type 0 if nothing.", []
        ),
        .housing: (
            "Where do you live?", "Where do you live? Listen to the three choices, then touch the right one.",
            [("I pay rent", "I pay rent."), ("I own my home", "I own my home."), ("I am housed for free", "I am housed for free.")]
        ),
        .rent: ("How much rent do you pay a month, without charges?", "How much rent do you pay a month, without charges? Type the amount in euros.", []),
    ]

    // Arabic audio with its ḥarakāt and the spellings espeak-ng needs (docs/speech.md).
    private static let arabic: Words = [
        .couple: ("هل تعيش مع زوج أو شريك؟", "هَلْ تَعِيشُ مَعَ زَوْجٍ أَوْ شَرِيكْ؟ اِلْمِسْ نَعَمْ أَوْ لَا.", [("نعم", "نَعَمْ."), ("لا", "لَا.")]),
        .children: ("كم طفلًا يعيش معك؟", "كَمْ طِفْلًا يَعِيشُ مَعَكْ؟ اُكْتُبِ ٱلْعَدَدْ. اُكْتُبْ 0 إِذَا لَمْ يَكُنْ.", []),
        .age: ("كم عمرك؟", "كَمْ عُمْرُكْ؟ اُكْتُبْ عُمْرَكَ بِٱلْأَرْقَامْ.", []),
        .wages: (
            "كم يكسب أهل بيتك من الأجور في الشهر، باليورو؟",
            "كَمْ يَكْسِبُ أَهْلُ بَيْتِكَ مِنَ ٱلْأُجُورِ فِي ٱلشَّهْرْ؟ اُكْتُبِ ٱلْمَبْلَغَ بِٱلْيُورُو. اُكْتُبْ 0 إِذَا لَمْ يَكُنْ.", []
        ),
        .unemployment: (
            "كم تتلقى من منحة البطالة في الشهر، باليورو؟",
            "كَمْ تَتَلَقَّى مِنْ مِنْحَةِ ٱلْبَطَالَةِ فِي ٱلشَّهْرْ؟ اُكْتُبِ ٱلْمَبْلَغَ بِٱلْيُورُو. اُكْتُبْ 0 إِذَا لَمْ يَكُنْ.", []
        ),
        .housing: (
            "أين تسكن؟", "أَيْنَ تَسْكُنْ؟ اِسْتَمِعْ إِلَى ٱلِٱخْتِـيَارَاتِ ٱلثَّلَاثَةِ، ثُمَّ اِلْمِسِ ٱلصَّحِيحْ.",
            [("أدفع إيجارًا", "أَدْفَعُ إِيجَارًا."), ("أنا مالك السكن", "أَنَا مَالِكُ ٱلسَّكَنْ."), ("أسكن مجانًا", "أَسْكُنُ مَجَّانًا.")]
        ),
        .rent: ("كم تدفع من الإيجار في الشهر، بدون المصاريف؟", "كَمْ تَدْفَعُ مِنَ ٱلْإِيجَارِ فِي ٱلشَّهْرِ، بِدُونِ ٱلْمَصَارِيفْ؟ اُكْتُبِ ٱلْمَبْلَغَ بِٱلْيُورُو.", []),
    ]
}
