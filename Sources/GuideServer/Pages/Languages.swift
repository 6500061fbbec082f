import Foundation

/// A language the kiosk offers, named in its own script.
///
/// The kiosk offers French and every folder of `locales/` with an `interface.xlf`; the name and the
/// direction come from the Unicode CLDR data Foundation carries, so adding a language is adding a folder.
struct KioskLanguage: Sendable, Hashable {
    let code: String
    /// The language's name written in that language: a resident recognises their own.
    let name: String
    let isRightToLeft: Bool

    var dir: String { isRightToLeft ? "rtl" : "ltr" }

    /// What goes between a label and what it introduces: French typography puts a space before the
    /// colon ("Écouter : Français"), the other languages do not ("Listen: English").
    var colon: String { code == "fr" ? " : " : ": " }

    /// The question mark drawn on the help button: Arabic and Persian write it turned, «؟».
    var questionMark: String { isRightToLeft ? "؟" : "?" }

    static let french = KioskLanguage(code: "fr", name: "Français", isRightToLeft: false)

    /// Names CLDR gives otherwise than the residents say them: CLDR names the Persian of Afghanistan
    /// « فارسی » (its official name there is Dari, « دری », which Afghan residents look for).
    private static let ownNames = ["fa-AF": "دری"]

    /// The language of a `locales/` folder (`tr`, `fa-AF`); `nil` for a code CLDR has no name for.
    static func named(_ code: String) -> KioskLanguage? {
        if code == "fr" { return .french }
        let locale = Locale(identifier: code)
        let language = Locale.Language(identifier: code)
        guard let base = language.languageCode?.identifier, let cldrName = locale.localizedString(forLanguageCode: base),
            cldrName != base
        else { return nil }
        // CLDR writes names as they stand mid-sentence ("português"); on a button they begin a line.
        let name = ownNames[code] ?? cldrName.prefix(1).uppercased(with: locale) + cldrName.dropFirst()
        return KioskLanguage(code: code, name: name, isRightToLeft: language.characterDirection == .rightToLeft)
    }
}
