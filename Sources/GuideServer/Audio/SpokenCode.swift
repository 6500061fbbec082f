/// A hand-off code said aloud: "Votre code est :", then each digit, in the resident's language.
///
/// Said as a list of the kiosk's own words (`/kiosk/say/<lang>/digit4`…) rather than one sound made
/// for the code: ten digits are rendered once and cached, and no code ever names a file, a cache
/// entry or a URL in a log.
enum SpokenCode {
    /// The words' addresses, in the order the page plays them, separated by spaces.
    static func paths(_ code: HandOffCode, in locale: String) -> String {
        ([AudioPath.forWord(locale, "yourCode")] + code.digits.compactMap(\.wholeNumberValue).map { AudioPath.forWord(locale, "digit\($0)") })
            .joined(separator: " ")
    }
}
