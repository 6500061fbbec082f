/// The words of the take-home sheet and of carrying a session on to a phone, in French: `kiosk.*`
/// units of `locales/<lang>/interface.xlf`, like ``KioskText/french``.
extension KioskText {
    public static let takeHome: [(id: String, text: String)] = [
        ("kiosk.sheetLink", "Imprimer / garder sur mon téléphone"),
        ("kiosk.sheetTitle", "Votre démarche, à garder"),
        ("kiosk.sheetMadeOn", "Fiche faite le"),
        ("kiosk.inFrench", "En français :"),
        ("kiosk.stepsToDo", "Ce qu'il reste à faire"),
        ("kiosk.stoppedAt", "Vous vous êtes arrêté à cette question :"),
        ("kiosk.webAddresses", "Les sites à ouvrir"),
        ("kiosk.scanToOpen", "Photographiez le code avec votre téléphone pour ouvrir le site."),
        ("kiosk.phone", "Téléphone :"),
        ("kiosk.address", "Adresse :"),
        ("kiosk.hours", "Horaires :"),
        ("kiosk.handOffCodeOnSheet", "Votre code, à donner à la personne qui vous aide :"),
        ("kiosk.validUntil", "Il marche aujourd'hui jusqu'à"),
        ("kiosk.printSheet", "Imprimer"),
        ("kiosk.carryOnPhone", "Continuer sur mon téléphone"),
        (
            "kiosk.carryExplanation",
            "Photographiez ce code avec votre téléphone. La démarche continue sur votre téléphone, et cet écran redevient libre."
        ),
        ("kiosk.carryConfirm", "Continuer la démarche sur ce téléphone"),
        (
            "kiosk.carryConfirmExplanation",
            "Vous avez commencé cette démarche sur une borne. Touchez le bouton pour la continuer ici. La borne redevient libre."
        ),
        ("kiosk.carryRefused", "Ce code a déjà servi, ou il ne marche plus."),
        (
            "kiosk.carryRefusedExplanation",
            "Un code marche une seule fois, sur un seul téléphone. Demandez un nouveau code à la borne, ou recommencez la démarche."
        ),
    ]
}
