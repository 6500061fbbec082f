import GuideEngine
import ProcedureModel

/// A guided session running now, on a kiosk or at a worker's desk, as the ``SessionRunner`` keeps it.
///
/// Kept in memory only: it holds the resident's answers, which must not outlive it. What is worth
/// keeping (the events) is in the event store before any change here is kept.
struct LiveSession: Sendable {
    /// Where a session runs: who may reach it, and how it times out.
    enum Place: Sendable, Hashable {
        /// On a kiosk, or an API client: reached by the resident's token alone.
        case kiosk
        /// At a worker's desk: reached by the worker whose account this is (or an admin).
        case desk(owner: Int64)
    }

    var session: Session
    let place: Place
    /// The address a kiosk or API session was opened from, for ``SessionLimits``; `nil` at a desk.
    let client: String?
    /// Last touch, ms since 1970: drives the server-side time-out when the page's timer cannot.
    var lastActivityMilliseconds: Int64
    var handOff: HandOffCode?
    /// The resident is on the hand-off screen, reading their code to a mediator: the code keeps the
    /// session alive. Once they go back to the steps, the page's idle timer (and the server's) runs again.
    var awaitingMediator = false
    /// A message for the next page only, e.g. why an answer was not accepted.
    var notice: String?
    /// Carried on from a kiosk to the resident's phone: it offers no code to carry it further.
    var onPhone = false

    init(session: Session, place: Place, client: String? = nil, at time: Int64) {
        self.session = session
        self.place = place
        self.client = client
        self.lastActivityMilliseconds = time
    }

    /// The worker's account for a session at a desk; `nil` on a kiosk.
    var owner: Int64? {
        if case .desk(let owner) = place { return owner }
        return nil
    }

}

/// The step a page showed when the person touched it: its id and how far along the path it was.
///
/// A double tap, or a browser sending a form again, sends the same input twice; the second arrives
/// after the first has moved the session on. Naming the step shown lets the ``SessionRunner`` refuse
/// the second as stale instead of applying it to a step the person never saw. The path's length
/// tells apart two visits of one step on a path that loops (API clients may name the step alone).
struct ShownStep: Sendable, Hashable {
    let depth: Int?
    let stepID: String

    init?(_ session: Session) {
        guard let step = session.currentStep else { return nil }
        depth = session.path.count
        stepID = step.id
    }

    init(stepID: String) {
        depth = nil
        self.stepID = stepID
    }

    /// Reads a form's `shown` field, written by ``formValue``.
    init?(formValue: String) {
        guard let dot = formValue.firstIndex(of: "."), let depth = Int(formValue[..<dot]), depth > 0 else { return nil }
        self.depth = depth
        stepID = String(formValue[formValue.index(after: dot)...])
    }

    /// `3.revenus`: the path's length, then the step's id.
    var formValue: String { "\(depth ?? 0).\(stepID)" }

    /// Whether `session` is still at the step shown.
    func isCurrent(in session: Session) -> Bool {
        guard let now = ShownStep(session) else { return false }
        return now.stepID == stepID && (depth == nil || depth == now.depth)
    }
}
