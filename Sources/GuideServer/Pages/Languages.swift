/// A language the kiosk offers, named in its own script.
struct KioskLanguage: Sendable, Hashable {
    let code: String
    /// The language's name written in that language: a resident recognises their own.
    let name: String
    let isRightToLeft: Bool

    var dir: String { isRightToLeft ? "rtl" : "ltr" }

    /// What goes between a label and what it introduces: French typography puts a space before the
    /// colon ("Écouter : Français"), English and Arabic do not ("Listen: English").
    var colon: String { code == "fr" ? " : " : ": " }

    /// The question mark drawn on the help button: Arabic writes it turned, «؟».
    var questionMark: String { code == "ar" ? "؟" : "?" }

    static let french = KioskLanguage(code: "fr", name: "Français", isRightToLeft: false)

    static let known: [KioskLanguage] = [
        KioskLanguage(code: "fr", name: "Français", isRightToLeft: false),
        KioskLanguage(code: "en", name: "English", isRightToLeft: false),
        KioskLanguage(code: "ar", name: "العربية", isRightToLeft: true),
    ]

    static func named(_ code: String) -> KioskLanguage? {
        known.first { $0.code == code }
    }
}
