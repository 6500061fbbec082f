/// A resident at a kiosk asking for a person ("Je veux parler à quelqu'un"), until a worker answers
/// or the resident leaves.
///
/// Holds nothing the resident typed: which procedure and step, in which language, from which
/// kiosk, since when, and the hand-off code their screen shows (so the worker who walks over knows
/// they found the right person). The kiosk session's token never leaves the server.
struct MediatorCall: Sendable, Hashable {
    /// Random, for the worker's "Accept" button; not the session's token.
    let id: String
    let procedureID: String
    let stepID: String?
    let locale: String
    let terminal: String?
    /// Milliseconds since 1970.
    let calledAt: Int64
    let code: HandOffCode
}
