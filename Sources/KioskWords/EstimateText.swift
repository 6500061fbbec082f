/// The words of the kiosk's estimate screens, in French: `kiosk.estimate*` and `kiosk.month*` units of
/// `locales/<lang>/interface.xlf`, like ``KioskText/french``. `{amount}` is a number of euros, `{benefit}`
/// a benefit's words (`kiosk.estimate.<OpenFisca variable>.amount` or `.none`), `{decider}` who decides,
/// `{month}` a month's name and its year.
extension KioskText {
    public static let estimate: [(id: String, text: String)] = [
        ("kiosk.estimateCalculating", "Je calcule…"),
        ("kiosk.estimateResult", "Ce que vous pourriez recevoir"),
        ("kiosk.estimateAmount", "Vous pourriez recevoir environ {amount} € par mois {benefit}."),
        ("kiosk.estimateNone", "D'après ce calcul, vous ne recevriez pas {benefit}."),
        ("kiosk.estimateDecides", "C'est une estimation : {decider} décide."),
        ("kiosk.estimateRules", "Calcul fait avec les règles de {month}."),
        ("kiosk.month1", "janvier"),
        ("kiosk.month2", "février"),
        ("kiosk.month3", "mars"),
        ("kiosk.month4", "avril"),
        ("kiosk.month5", "mai"),
        ("kiosk.month6", "juin"),
        ("kiosk.month7", "juillet"),
        ("kiosk.month8", "août"),
        ("kiosk.month9", "septembre"),
        ("kiosk.month10", "octobre"),
        ("kiosk.month11", "novembre"),
        ("kiosk.month12", "décembre"),
        ("kiosk.estimateHealthFree", "Vous pourriez avoir la Complémentaire santé solidaire sans rien payer."),
        ("kiosk.estimateHealthPaid", "Vous pourriez avoir la Complémentaire santé solidaire pour environ {amount} € par mois."),
        ("kiosk.estimateHealthNone", "D'après ce calcul, vous n'auriez pas la Complémentaire santé solidaire."),
        ("kiosk.estimateCaf", "la CAF"),
        ("kiosk.estimateAssuranceMaladie", "l'Assurance Maladie"),
        ("kiosk.estimate.rsa.amount", "de RSA"),
        ("kiosk.estimate.rsa.none", "de RSA"),
        ("kiosk.estimate.ppa.amount", "de prime d'activité"),
        ("kiosk.estimate.ppa.none", "de prime d'activité"),
        ("kiosk.estimate.aide_logement.amount", "d'aide au logement"),
        ("kiosk.estimate.aide_logement.none", "d'aide au logement"),
        ("kiosk.estimate.af.amount", "d'allocations familiales"),
        ("kiosk.estimate.af.none", "d'allocations familiales"),
        ("kiosk.estimateQuestion.en-couple", "Vivez-vous en couple ?"),
        ("kiosk.estimateChoice.en-couple.oui", "Oui"),
        ("kiosk.estimateChoice.en-couple.non", "Non"),
        ("kiosk.estimateQuestion.enfants", "Combien d'enfants vivent avec vous ?"),
        ("kiosk.estimateQuestion.age", "Quel âge avez-vous ?"),
        ("kiosk.estimateQuestion.salaire", "Combien gagne votre foyer par mois en salaire, en euros ?"),
        ("kiosk.estimateQuestion.chomage", "Combien recevez-vous de chômage par mois, en euros ?"),
        ("kiosk.estimateQuestion.logement", "Où habitez-vous ?"),
        ("kiosk.estimateChoice.logement.locataire", "Je paie un loyer"),
        ("kiosk.estimateChoice.logement.proprietaire", "Je suis propriétaire"),
        ("kiosk.estimateChoice.logement.heberge", "Je suis logé gratuitement"),
        ("kiosk.estimateQuestion.loyer", "Combien payez-vous de loyer par mois, sans les charges ?"),
    ]

    /// The estimate as said, `kiosk.<word>.audio`: euros said as "euros", acronyms spelled for the voice,
    /// and, in a translation, Arabic written with its short vowels. The heading is not said: the sentences are.
    static let estimateSpoken: [(id: String, text: String, note: String)] = [
        ("kiosk.estimateCalculating.audio", "Je calcule. Attendez un peu.", "Shown and said while OpenFisca computes an estimate, written for the voice"),
        (
            "kiosk.estimateAmount.audio", "Vous pourriez recevoir environ {amount} euros par mois {benefit}.",
            "An estimated benefit: {amount} is a number of euros, {benefit} the benefit as kiosk.estimate.<variable>.amount names it, written for the voice"
        ),
        (
            "kiosk.estimateNone.audio", "D'après ce calcul, vous ne recevriez pas {benefit}.",
            "A benefit the estimate finds nothing of: {benefit} as kiosk.estimate.<variable>.none names it, written for the voice"
        ),
        (
            "kiosk.estimateDecides.audio", "C'est une estimation. {decider} décide.",
            "After the estimates: {decider} is the body that decides (kiosk.estimateCaf…), written for the voice"
        ),
        (
            "kiosk.estimateRules.audio", "Calcul fait avec les règles de {month}.",
            "The month of the rules an estimate used: {month} is a month name (kiosk.month1…) and a year, written for the voice"
        ),
        ("kiosk.month1.audio", "janvier", "The name of month 1, as in 'les règles de janvier 2026', written for the voice"),
        ("kiosk.month2.audio", "février", "The name of month 2, as in 'les règles de février 2026', written for the voice"),
        ("kiosk.month3.audio", "mars", "The name of month 3, as in 'les règles de mars 2026', written for the voice"),
        ("kiosk.month4.audio", "avril", "The name of month 4, as in 'les règles de avril 2026', written for the voice"),
        ("kiosk.month5.audio", "mai", "The name of month 5, as in 'les règles de mai 2026', written for the voice"),
        ("kiosk.month6.audio", "juin", "The name of month 6, as in 'les règles de juin 2026', written for the voice"),
        ("kiosk.month7.audio", "juillet", "The name of month 7, as in 'les règles de juillet 2026', written for the voice"),
        ("kiosk.month8.audio", "août", "The name of month 8, as in 'les règles de août 2026', written for the voice"),
        ("kiosk.month9.audio", "septembre", "The name of month 9, as in 'les règles de septembre 2026', written for the voice"),
        ("kiosk.month10.audio", "octobre", "The name of month 10, as in 'les règles de octobre 2026', written for the voice"),
        ("kiosk.month11.audio", "novembre", "The name of month 11, as in 'les règles de novembre 2026', written for the voice"),
        ("kiosk.month12.audio", "décembre", "The name of month 12, as in 'les règles de décembre 2026', written for the voice"),
        (
            "kiosk.estimateHealthFree.audio", "Vous pourriez avoir la Complémentaire santé solidaire sans rien payer.",
            "An estimate: the CSS without paying, written for the voice"
        ),
        (
            "kiosk.estimateHealthPaid.audio", "Vous pourriez avoir la Complémentaire santé solidaire pour environ {amount} euros par mois.",
            "An estimate: the CSS for {amount} euros a month, written for the voice"
        ),
        (
            "kiosk.estimateHealthNone.audio", "D'après ce calcul, vous n'auriez pas la Complémentaire santé solidaire.",
            "An estimate: no CSS, written for the voice"
        ),
        ("kiosk.estimateCaf.audio", "la CAF", "Who decides on RSA, prime d'activité, housing aid, family allowances, as {decider}, written for the voice"),
        ("kiosk.estimateAssuranceMaladie.audio", "l'Assurance Maladie", "Who decides on the CSS, as {decider}, written for the voice"),
        ("kiosk.estimate.rsa.amount.audio", "de R.S.A.", "the RSA, as {benefit} after 'environ 470 € par mois', written for the voice"),
        ("kiosk.estimate.rsa.none.audio", "de R.S.A.", "the RSA, as {benefit} after 'vous ne recevriez pas', written for the voice"),
        ("kiosk.estimate.ppa.amount.audio", "de prime d'activité", "the prime d'activité, as {benefit} after 'environ 470 € par mois', written for the voice"),
        ("kiosk.estimate.ppa.none.audio", "de prime d'activité", "the prime d'activité, as {benefit} after 'vous ne recevriez pas', written for the voice"),
        ("kiosk.estimate.aide_logement.amount.audio", "d'aide au logement", "housing aid, as {benefit} after 'environ 470 € par mois', written for the voice"),
        ("kiosk.estimate.aide_logement.none.audio", "d'aide au logement", "housing aid, as {benefit} after 'vous ne recevriez pas', written for the voice"),
        ("kiosk.estimate.af.amount.audio", "d'allocations familiales", "family allowances, as {benefit} after 'environ 470 € par mois', written for the voice"),
        ("kiosk.estimate.af.none.audio", "d'allocations familiales", "family allowances, as {benefit} after 'vous ne recevriez pas', written for the voice"),
        (
            "kiosk.estimateQuestion.en-couple.audio", "Vivez-vous en couple ? Touchez Oui ou Non.",
            "Estimate question: does the person live in a couple, written for the voice"
        ),
        ("kiosk.estimateChoice.en-couple.oui.audio", "Oui.", "Answer button to kiosk.estimateQuestion.en-couple, written for the voice"),
        ("kiosk.estimateChoice.en-couple.non.audio", "Non.", "Answer button to kiosk.estimateQuestion.en-couple, written for the voice"),
        (
            "kiosk.estimateQuestion.enfants.audio", "Combien d'enfants vivent avec vous ? Tapez le nombre. Tapez 0 si aucun.",
            "Estimate question: children, typed on the keypad, written for the voice"
        ),
        ("kiosk.estimateQuestion.age.audio", "Quel âge avez-vous ? Tapez votre âge.", "Estimate question: age, typed on the keypad, written for the voice"),
        (
            "kiosk.estimateQuestion.salaire.audio", "Combien gagne votre foyer par mois, en salaire ? Tapez le montant en euros. Tapez 0 si rien.",
            "Estimate question: the household's monthly wages, typed on the keypad, written for the voice"
        ),
        (
            "kiosk.estimateQuestion.chomage.audio", "Combien recevez-vous de chômage par mois ? Tapez le montant en euros. Tapez 0 si rien.",
            "Estimate question: monthly unemployment benefit, typed on the keypad, written for the voice"
        ),
        (
            "kiosk.estimateQuestion.logement.audio", "Où habitez-vous ? Écoutez les trois choix, puis touchez le bon.",
            "Estimate question: housing, written for the voice"
        ),
        ("kiosk.estimateChoice.logement.locataire.audio", "Je paie un loyer.", "Answer button to kiosk.estimateQuestion.logement, written for the voice"),
        (
            "kiosk.estimateChoice.logement.proprietaire.audio", "Je suis propriétaire.",
            "Answer button to kiosk.estimateQuestion.logement, written for the voice"
        ),
        (
            "kiosk.estimateChoice.logement.heberge.audio", "Je suis logé gratuitement.",
            "Answer button to kiosk.estimateQuestion.logement, written for the voice"
        ),
        (
            "kiosk.estimateQuestion.loyer.audio", "Combien payez-vous de loyer par mois, sans les charges ? Tapez le montant en euros.",
            "Estimate question: monthly rent without charges, typed on the keypad, written for the voice"
        ),
    ]
}
