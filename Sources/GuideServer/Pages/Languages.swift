/// A language the kiosk offers, named in its own script.
struct KioskLanguage: Sendable, Hashable {
    let code: String
    /// The language's name written in that language: a resident recognises their own.
    let name: String
    let isRightToLeft: Bool

    var dir: String { isRightToLeft ? "rtl" : "ltr" }

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
