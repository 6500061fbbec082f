/// The sentences around the amounts, in one kiosk language; the benefit's own words fill them in.
struct EstimatePhrases: Sendable {
    var amountText: @Sendable (Int, String) -> String
    var amountAudio: @Sendable (Int, String) -> String
    var noneText: @Sendable (String) -> String
    var noneAudio: @Sendable (String) -> String
    var estimateText: @Sendable (String) -> String
    var estimateAudio: @Sendable (String) -> String
    var months: [String]
    var monthsAudio: [String]
    var rulesTemplate: @Sendable (String) -> String
    var rulesAudioTemplate: @Sendable (String) -> String
    var healthFreeText: String
    var healthFreeAudio: String
    var healthPaidText: @Sendable (Int) -> String
    var healthPaidAudio: @Sendable (Int) -> String
    var healthNoneText: String
    var healthNoneAudio: String
    var healthDeciderText: String
    var healthDeciderAudio: String

    /// "décembre 2026" for `2026-12`.
    func rulesText(_ period: String) -> String { rulesTemplate(Self.month(period, months)) }
    func rulesAudio(_ period: String) -> String { rulesAudioTemplate(Self.month(period, monthsAudio)) }

    private static func month(_ period: String, _ names: [String]) -> String {
        let parts = period.split(separator: "-")
        guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return period }
        return "\(names[month - 1]) \(parts[0])"
    }

    /// The phrases of `language`; French for a language the kiosk does not speak.
    static func of(_ language: String) -> EstimatePhrases {
        switch language {
        case "en": english
        case "ar": arabic
        default: french
        }
    }

    static let french = EstimatePhrases(
        amountText: { "Vous pourriez recevoir environ \($0) € par mois \($1)." },
        amountAudio: { "Vous pourriez recevoir environ \($0) euros par mois \($1)." },
        noneText: { "D'après ce calcul, vous ne recevriez pas \($0)." },
        noneAudio: { "D'après ce calcul, vous ne recevriez pas \($0)." },
        estimateText: { "C'est une estimation : \($0) décide." },
        estimateAudio: { "C'est une estimation. \($0) décide." },
        months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        monthsAudio: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        rulesTemplate: { "Calcul fait avec les règles de \($0)." },
        rulesAudioTemplate: { "Calcul fait avec les règles de \($0)." },
        healthFreeText: "Vous pourriez avoir la Complémentaire santé solidaire sans rien payer.",
        healthFreeAudio: "Vous pourriez avoir la Complémentaire santé solidaire sans rien payer.",
        healthPaidText: { "Vous pourriez avoir la Complémentaire santé solidaire pour environ \($0) € par mois." },
        healthPaidAudio: { "Vous pourriez avoir la Complémentaire santé solidaire pour environ \($0) euros par mois." },
        healthNoneText: "D'après ce calcul, vous n'auriez pas la Complémentaire santé solidaire.",
        healthNoneAudio: "D'après ce calcul, vous n'auriez pas la Complémentaire santé solidaire.",
        healthDeciderText: "l'Assurance Maladie",
        healthDeciderAudio: "l'Assurance Maladie")

    static let english = EstimatePhrases(
        amountText: { "You could receive about €\($0) a month \($1)." },
        amountAudio: { "You could receive about \($0) euros a month \($1)." },
        noneText: { "By this estimate, you would not receive \($0)." },
        noneAudio: { "By this estimate, you would not receive \($0)." },
        estimateText: { "This is an estimate: \($0) decides." },
        estimateAudio: { "This is an estimate. \($0) decides." },
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        monthsAudio: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        rulesTemplate: { "Worked out with the rules of \($0)." },
        rulesAudioTemplate: { "Worked out with the rules of \($0)." },
        healthFreeText: "You could have the Complémentaire santé solidaire (health cover) for free.",
        healthFreeAudio: "You could have the solidarity health cover for free.",
        healthPaidText: { "You could have the Complémentaire santé solidaire (health cover) for about €\($0) a month." },
        healthPaidAudio: { "You could have the solidarity health cover for about \($0) euros a month." },
        healthNoneText: "By this estimate, you would not have the Complémentaire santé solidaire (health cover).",
        healthNoneAudio: "By this estimate, you would not have the solidarity health cover.",
        healthDeciderText: "the Assurance Maladie",
        healthDeciderAudio: "the health insurance")

    // Arabic audio is written with its ḥarakāt and the spellings espeak-ng needs (docs/speech.md).
    static let arabic = EstimatePhrases(
        amountText: { "يمكن أن تحصل على حوالي \($0) يورو في الشهر \($1)." },
        amountAudio: { "يُمْكِنُ أَنْ تَحْصُلَ عَلَى حَوَالَيْ \($0) يُورُو فِي ٱلشَّهْرِ \($1)." },
        noneText: { "حسب هذا الحساب، لن تحصل على \($0)." },
        noneAudio: { "حَسَبَ هٰذَا ٱلْحِسَابِ، لَنْ تَحْصُلَ عَلَى \($0)." },
        estimateText: { "هذا تقدير: القرار يعود إلى \($0)." },
        estimateAudio: { "هٰذَا تَقْدِيرٌ. اَلْقَرَارُ يَعُودُ إِلَى \($0)." },
        months: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
        monthsAudio: [
            "يَنَايِرْ", "فِبْرَايِرْ", "مَارِسْ", "أَبْرِيلْ", "مَايُو", "يُونْيُو", "يُولْيُو", "أَغُسْطُسْ", "سِبْتَمْبِرْ", "أُكْتُوبِرْ",
            "نُوفَمْبِرْ", "دِيسَمْبِرْ",
        ],
        rulesTemplate: { "حُسب بقواعد شهر \($0)." },
        rulesAudioTemplate: { "حُسِبَ بِقَوَاعِدِ شَهْرِ \($0)." },
        healthFreeText: "يمكن أن تحصل على التغطية الصحية التكميلية التضامنية (CSS) مجانًا.",
        healthFreeAudio: "يُمْكِنُ أَنْ تَحْصُلَ عَلَى ٱلتَّغْطِيَةِ ٱلصِّحِّيْيَةِ ٱلتَّكْمِيلِيْيَةِ مَجَّانًا.",
        healthPaidText: { "يمكن أن تحصل على التغطية الصحية التكميلية التضامنية (CSS) بحوالي \($0) يورو في الشهر." },
        healthPaidAudio: { "يُمْكِنُ أَنْ تَحْصُلَ عَلَى ٱلتَّغْطِيَةِ ٱلصِّحِّيْيَةِ ٱلتَّكْمِيلِيْيَةِ بِحَوَالَيْ \($0) يُورُو فِي ٱلشَّهْرْ." },
        healthNoneText: "حسب هذا الحساب، لن تحصل على التغطية الصحية التكميلية التضامنية (CSS).",
        healthNoneAudio: "حَسَبَ هٰذَا ٱلْحِسَابِ، لَنْ تَحْصُلَ عَلَى ٱلتَّغْطِيَةِ ٱلصِّحِّيْيَةِ ٱلتَّكْمِيلِيْيَهْ.",
        healthDeciderText: "التأمين الصحي",
        healthDeciderAudio: "ٱلتَّأْمِينِ ٱلصِّحِّيْيِ")
}
