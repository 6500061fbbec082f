import GuideEngine
import ProcedureModel

/// The guided sessions running on kiosks and at workers' desks, by an unguessable token.
///
/// Kept in memory: a session holds the resident's answers, which must not outlive it. What is worth
/// keeping (the events) goes to the event store as it happens.
actor KioskSessions {
    struct Entry: Sendable {
        var session: Session
        /// Last touch, ms since 1970: drives the server-side time-out when the page's timer cannot.
        var lastActivity: Int64
        var handOff: HandOffCode?
        /// The resident is on the hand-off screen, reading their code to a mediator: the code keeps the
        /// session alive. Once they go back to the steps, the page's idle timer (and the server's) runs again.
        var awaitingMediator = false
        /// A message for the next page only, e.g. why an answer was not accepted.
        var notice: String?
        /// Bumped on every change, so a slow request cannot overwrite a newer state.
        var version = 0
        /// The worker's account for a session at a desk; `nil` on a kiosk.
        var owner: Int64?
    }

    private var entries: [String: Entry] = [:]
    /// Kiosk tokens whose session a worker took over, with when and the resident's language: their
    /// page says so, once.
    private var takenOver: [String: (time: Int64, locale: String)] = [:]

    func insert(_ session: Session, token: String, at time: Int64, owner: Int64? = nil) {
        entries[token] = Entry(session: session, lastActivity: time, owner: owner)
    }

    func entry(_ token: String) -> Entry? {
        entries[token]
    }

    /// Stores the session that results from an input, once its events are safely in the store.
    /// - Returns: `false` if the session ended or changed meanwhile (the newer state wins).
    @discardableResult
    func commit(_ session: Session, token: String, basedOn version: Int, at time: Int64, notice: String? = nil) -> Bool {
        guard var entry = entries[token], entry.version == version else { return false }
        entry.session = session
        entry.lastActivity = time
        entry.notice = notice
        entry.awaitingMediator = false
        entry.version += 1
        entries[token] = entry
        return true
    }

    /// Keeps the session alive without an input (the "yes, I'm still here" button).
    func touch(_ token: String, at time: Int64) {
        entries[token]?.lastActivity = time
    }

    /// The pending notice, cleared as it is read.
    func takeNotice(_ token: String) -> String? {
        defer { entries[token]?.notice = nil }
        return entries[token]?.notice
    }

    func setHandOff(_ code: HandOffCode, token: String) {
        entries[token]?.handOff = code
        entries[token]?.awaitingMediator = true
    }

    /// The resident left the hand-off screen for the steps ("Revenir à la question"): that is a touch,
    /// and from now on the session times out like any other (the code works while it lasts).
    func backFromHandOff(_ token: String, at time: Int64) {
        guard entries[token]?.awaitingMediator == true else { return }
        entries[token]?.awaitingMediator = false
        entries[token]?.lastActivity = time
    }

    /// The token of the session a valid hand-off code points to.
    func token(forHandOff code: String, at time: Int64) -> String? {
        entries.first { $0.value.handOff?.matches(code, at: time) == true }?.key
    }

    func remove(_ token: String) {
        entries[token] = nil
    }

    /// Takes the session a valid hand-off code points to away from its kiosk: the kiosk's token stops
    /// working at once, and its next page says a mediator took over.
    func takeOver(code: String, at time: Int64) -> Session? {
        takenOver = takenOver.filter { $0.value.time > time - HandOffCode.lifetime }
        guard let token = token(forHandOff: code, at: time), let entry = entries.removeValue(forKey: token) else {
            return nil
        }
        takenOver[token] = (time, entry.session.context.locale)
        return entry.session
    }

    /// The resident's language if a worker took over this token's session; answered once, then forgotten.
    func takenOver(_ token: String) -> String? {
        takenOver.removeValue(forKey: token)?.locale
    }

    /// Every session run at a worker's desk, by token.
    func entriesAtDesks() -> [(token: String, entry: Entry)] {
        entries.filter { $0.value.owner != nil }.map { ($0.key, $0.value) }
    }

    /// The sessions a worker runs at their desk, by token.
    func entries(ownedBy owner: Int64) -> [(token: String, entry: Entry)] {
        entries.filter { $0.value.owner == owner }.map { ($0.key, $0.value) }.sorted { $0.entry.lastActivity > $1.entry.lastActivity }
    }

    /// The sessions `rule` says were left, each with the time it counts as ended.
    func left(by rule: IdleRule, at now: Int64) -> [(token: String, entry: Entry, end: Int64)] {
        entries.compactMap { token, entry in rule.end(of: entry, at: now).map { (token, entry, $0) } }
    }

    /// Forgets a session the idle sweep ended, unless it changed since the sweep saw it (someone
    /// touched it meanwhile: the newer state wins, as in ``commit(_:token:basedOn:at:notice:)``).
    @discardableResult
    func forget(_ token: String, asSeen seen: Entry) -> Bool {
        guard let entry = entries[token], entry.version == seen.version, entry.lastActivity == seen.lastActivity,
            entry.handOff == seen.handOff, entry.awaitingMediator == seen.awaitingMediator
        else { return false }
        entries[token] = nil
        return true
    }

    var count: Int { entries.count }
}
