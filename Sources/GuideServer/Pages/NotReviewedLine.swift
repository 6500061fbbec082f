import KioskWords

/// The small line that says a translation has not been read by a native speaker, in the language and
/// in French: the resident reads it, and so does the French-speaking worker beside them.
struct NotReviewedLine {
    let lang: String
    let dir: String
    let text: String
    /// The French, unless the language's own words are still the French ones (not translated yet).
    let french: String?

    init(_ content: LocalizedContent) {
        lang = content.language.code
        dir = content.language.dir
        text = content.word("notReviewed")
        let french = KioskText.allFrench.first { $0.id == "kiosk.notReviewed" }?.text ?? "Traduction non relue"
        self.french = text == french ? nil : french
    }
}
