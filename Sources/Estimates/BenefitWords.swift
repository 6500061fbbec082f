/// How a benefit is named in a sentence, written and spoken, in one kiosk language.
struct BenefitWords: Sendable {
    /// After "environ 470 € par mois": `d'aide au logement`.
    var amountText: String
    var amountAudio: String
    /// After "vous ne recevriez pas": `d'aide au logement`.
    var noneText: String
    var noneAudio: String
    /// Who decides: `la CAF`.
    var deciderText: String
    var deciderAudio: String
}

extension BenefitWords {
    /// The benefits the kiosk can speak of, by OpenFisca variable and language (`fr`, `en`, `ar`).
    ///
    /// A variable missing here is shown by the command line but not at the kiosk, which has no plain words
    /// for it; `EstimateWordsTests` keeps this table and the four procedures' `<benefit>`s in step.
    static func of(_ variable: String, language: String) -> BenefitWords? {
        table[variable]?[language] ?? table[variable]?["fr"]
    }

    private static let caf = ["fr": ("la CAF", "la CAF"), "en": ("the CAF", "the CAF"), "ar": ("الكاف", "ٱلْكَافْ")]

    private static func words(_ language: String, _ amount: (String, String), _ none: (String, String)) -> BenefitWords {
        let decider = caf[language] ?? ("la CAF", "la CAF")
        return BenefitWords(
            amountText: amount.0, amountAudio: amount.1, noneText: none.0, noneAudio: none.1, deciderText: decider.0,
            deciderAudio: decider.1)
    }

    private static let table: [String: [String: BenefitWords]] = [
        "rsa": [
            "fr": words("fr", ("de RSA", "de R.S.A."), ("de RSA", "de R.S.A.")),
            "en": words("en", ("in RSA", "in R.S.A."), ("the RSA", "the R.S.A.")),
            "ar": words("ar", ("من الـRSA", "مِنَ ٱلْإِرْ إِسْ أَا"), ("الـRSA", "ٱلْإِرْ إِسْ أَا")),
        ],
        "ppa": [
            "fr": words("fr", ("de prime d'activité", "de prime d'activité"), ("de prime d'activité", "de prime d'activité")),
            "en": words("en", ("in prime d'activité (work bonus)", "in work bonus"), ("the prime d'activité", "the work bonus")),
            "ar": words("ar", ("من منحة النشاط", "مِنْ مِنْحَةِ ٱلنَّشَاطْ"), ("منحة النشاط", "مِنْحَةَ ٱلنَّشَاطْ")),
        ],
        "aide_logement": [
            "fr": words("fr", ("d'aide au logement", "d'aide au logement"), ("d'aide au logement", "d'aide au logement")),
            "en": words("en", ("in housing aid", "in housing aid"), ("housing aid", "housing aid")),
            "ar": words("ar", ("من مساعدة السكن", "مِنْ مُسَاعَدَةِ ٱلسَّكَنْ"), ("مساعدة السكن", "مُسَاعَدَةَ ٱلسَّكَنْ")),
        ],
        "af": [
            "fr": words("fr", ("d'allocations familiales", "d'allocations familiales"), ("d'allocations familiales", "d'allocations familiales")),
            "en": words("en", ("in family allowances", "in family allowances"), ("family allowances", "family allowances")),
            "ar": words("ar", ("من المنح العائلية", "مِنَ ٱلْمِنَحِ ٱلْعَائِلِيْيَهْ"), ("المنح العائلية", "ٱلْمِنَحَ ٱلْعَائِلِيْيَهْ")),
        ],
    ]
}
