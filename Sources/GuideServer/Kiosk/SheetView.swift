/// The take-home sheet's view model: what a resident keeps on paper or on their phone.
struct SheetView {
    /// A web address, with its QR code as inline SVG.
    struct Link {
        let label: String
        let href: String
        let qr: String
    }

    /// A name in the resident's language, with the official French one beside when it differs.
    struct Named {
        let name: String
        let french: String?
    }

    struct Place {
        let name: String
        let description: String
        let phone: String?
        let address: String?
        let hours: String?
        let website: Link?
    }

    /// Shown on the kiosk (and a phone that carried the session on): a way back and a print button.
    let onKiosk: Bool
    /// The session ended at an outcome: the way back is "Terminer".
    let finished: Bool
    let date: String
    let procedure: Named
    let resultText: String?
    /// What to do next, in order; when the session stopped on a question, that question.
    let steps: [String]
    let stoppedAt: String?
    let documents: [Named]
    let places: [Place]
    let links: [Link]
    let handOffCode: String?
    let handOffUntil: String?
}
