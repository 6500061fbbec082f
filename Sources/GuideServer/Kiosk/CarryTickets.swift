/// One-time tickets that carry a kiosk session on to the resident's phone (`/kiosk/carry/<ticket>`).
///
/// A ticket is shown as a QR code on the outcome and hand-off screens. The first phone to use it
/// takes the session; the ticket is then spent, and a second scan is refused (one device at a time).
/// Spent tickets are remembered until they would have expired, so that the refusal is said in the
/// resident's language. Kept by the ``SessionRunner``, which alone moves sessions.
struct CarryTickets: Sendable {
    struct Ticket: Sendable {
        let kioskToken: String
        let expires: Int64
        let locale: String
    }

    /// What a ticket opens now.
    enum Check: Sendable, Equatable {
        /// The session can be carried on; the page speaks `locale`.
        case open(locale: String)
        /// Spent, expired, or never issued; `locale` when the ticket was known.
        case refused(locale: String?)
    }

    private var open: [String: Ticket] = [:]
    private var byKiosk: [String: String] = [:]
    private var spent: [String: Ticket] = [:]

    /// The ticket for `kioskToken`: the one already issued while it is valid, else a new one valid
    /// until `expires`.
    mutating func ticket(for kioskToken: String, locale: String, expires: Int64, time: Int64) -> String {
        forgetExpired(at: time)
        if let issued = byKiosk[kioskToken], open[issued] != nil { return issued }
        let ticket = RandomToken.make(bytes: 16)
        open[ticket] = Ticket(kioskToken: kioskToken, expires: expires, locale: locale)
        byKiosk[kioskToken] = ticket
        return ticket
    }

    func check(_ ticket: String, at time: Int64) -> Check {
        if let issued = open[ticket], time < issued.expires { return .open(locale: issued.locale) }
        return .refused(locale: (open[ticket] ?? spent[ticket])?.locale)
    }

    /// Spends `ticket`: the kiosk token it opened, once; `nil` when it is not open.
    mutating func spend(_ ticket: String, at time: Int64) -> Ticket? {
        guard let issued = open[ticket], time < issued.expires else { return nil }
        open[ticket] = nil
        byKiosk[issued.kioskToken] = nil
        spent[ticket] = issued
        return issued
    }

    private mutating func forgetExpired(at time: Int64) {
        open = open.filter { $0.value.expires > time }
        spent = spent.filter { $0.value.expires > time }
        byKiosk = byKiosk.filter { open[$0.value] != nil }
    }
}
