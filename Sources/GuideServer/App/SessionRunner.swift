import EventLog
import GuideEngine
import ProcedureModel

/// The one place that feeds inputs to live sessions and records what they did.
///
/// It owns every session running now, on kiosks and at workers' desks, by an unguessable token. Kiosk
/// pages, the JSON API, the desk, take-over, saved sessions, the idle sweep and the save on stop all
/// come here; nothing else calls `Session.handle`.
///
/// Two rules make the blockage log say exactly what happened:
/// - **One input at a time per session.** Inputs to one token wait their turn (first come, first
///   served); inputs to other sessions go on meanwhile.
/// - **Recorded if and only if kept.** An input is applied to a copy; its events are appended to the
///   store; only then is the new state kept. If the store refuses, nothing changed and the error is
///   thrown. An input made for a step no longer on screen (a double tap, a form sent again) is refused
///   as stale before anything is recorded.
actor SessionRunner {
    /// What an input did to a session.
    struct Applied: Sendable {
        var session: Session
        var effects: [Effect]

        var rejection: Rejection? {
            effects.lazy.compactMap { effect -> Rejection? in
                if case .reject(let rejection) = effect { return rejection }
                return nil
            }.first
        }

        /// A fault of the procedure itself (no way forward), for a worker or an author.
        var fault: String? {
            effects.lazy.compactMap { effect -> String? in
                if case .cannotContinue(let reason) = effect { return reason }
                return nil
            }.first
        }
    }

    /// How an input was taken.
    enum Outcome: Sendable {
        /// Applied; its events are in the store and its state is kept.
        case applied(Applied)
        /// Made for a step no longer on screen: nothing recorded, nothing changed. Here is the session as it is.
        case stale(Session)
    }

    /// How many sessions the idle sweep ended, by place, and the time-outs the store refused.
    struct Sweep: Sendable {
        struct Refusal: Sendable {
            var sessions: Int
            var error: any Error
        }

        var kiosks = 0
        var desks = 0
        var refused: [IdleSweep.Place: Refusal] = [:]
    }

    /// No room for one more anonymous session (see ``SessionLimits``); nothing changed.
    enum Full: Error, Sendable {
        /// This client address has as many sessions as it may, all in use.
        case address
        /// The server has as many sessions as it may, all in use.
        case server
    }

    /// The calls for a person waiting now; a call lives exactly as long as its session waits.
    nonisolated let calls: CallBoard
    private let store: any EventStore
    private let metrics: ServerMetrics
    private let limits: SessionLimits
    private var sessions: [String: LiveSession] = [:]
    /// Kiosk tokens whose session a worker took over, with when and the resident's language: their
    /// page says so, once.
    private var takenOver: [String: (time: Int64, locale: String)] = [:]
    /// Tokens with an input under way, each with the inputs waiting their turn behind it.
    private var turns: [String: [CheckedContinuation<Void, Never>]] = [:]
    /// One-time tickets that move kiosk sessions on to phones.
    private var carries = CarryTickets()

    init(store: any EventStore, metrics: ServerMetrics, limits: SessionLimits = SessionLimits(), calls: CallBoard = CallBoard()) {
        self.calls = calls
        self.store = store
        self.metrics = metrics
        self.limits = limits
    }

    // MARK: Starting

    /// Starts `session` at `place`: its `session-started` event is recorded, then it runs under a new token.
    /// A kiosk session from `client` first needs room (``SessionLimits``); throws ``Full`` when there is none.
    func start(
        _ session: Session, at place: LiveSession.Place, from client: String? = nil, time: Int64
    ) async throws -> (token: String, session: Session) {
        if place == .kiosk { try await makeRoom(for: client ?? "unknown", time: time) }
        var started = session
        try await record(started.handle(.start, at: time))
        let token = RandomToken.make(bytes: place == .kiosk ? 32 : 16)
        sessions[token] = LiveSession(session: started, place: place, client: place == .kiosk ? client ?? "unknown" : nil, at: time)
        metrics.started(started.context.channel)
        return (token, started)
    }

    /// Brings back a session saved for later, at its worker's desk, logged as `resumed`.
    func reopen(_ session: Session, atDeskOf owner: Int64, time: Int64) async throws -> String {
        var resumed = session
        try await record(resumed.handle(.resume, at: time))
        let token = RandomToken.make(bytes: 16)
        sessions[token] = LiveSession(session: resumed, place: .desk(owner: owner), at: time)
        return token
    }

    // MARK: Inputs

    /// Feeds `input` to the session behind `token`, if it runs at `place`.
    ///
    /// - Parameters:
    ///   - shown: the step the page showed when the person acted; an input made for another step is
    ///     ``Outcome/stale(_:)``. `nil` when the client does not say (the engine then judges the input
    ///     against the current step).
    ///   - notice: what the next page should say about the result (why an answer was refused).
    /// - Returns: `nil` when no session runs under this token at this place.
    func apply(
        _ input: Input, to token: String, at place: LiveSession.Place, shown: ShownStep? = nil, time: Int64,
        notice: @Sendable (Applied) -> String? = { _ in nil }
    ) async throws -> Outcome? {
        await takeTurn(token)
        defer { endTurn(token) }
        guard var live = sessions[token], live.place == place else { return nil }
        if let shown, !shown.isCurrent(in: live.session) { return .stale(live.session) }
        var session = live.session
        let effects = session.handle(input, at: time)
        try await record(effects)
        let applied = Applied(session: session, effects: effects)
        if case .abandoned = session.state {
            forget(token)
            return .applied(applied)
        }
        live.session = session
        live.lastActivityMilliseconds = time
        live.notice = notice(applied)
        live.awaitingMediator = false
        sessions[token] = live
        return .applied(applied)
    }

    /// "Je ne comprends pas" → "Appeler une personne": logs the hand-off and gives the session a code a
    /// mediator can type. `nil` when no kiosk session has this token.
    func handOff(_ token: String, time: Int64) async throws -> (applied: Applied, code: HandOffCode)? {
        await takeTurn(token)
        defer { endTurn(token) }
        guard var live = sessions[token], live.place == .kiosk else { return nil }
        var session = live.session
        let effects = session.handle(.handOff, at: time)
        try await record(effects)
        let code = HandOffCode(issuedAt: time)
        live.session = session
        live.lastActivityMilliseconds = time
        live.handOff = code
        live.awaitingMediator = true
        sessions[token] = live
        return (Applied(session: session, effects: effects), code)
    }

    /// Keeps the session alive without an input (the "yes, I'm still here" button).
    func touch(_ token: String, at place: LiveSession.Place, time: Int64) async {
        await takeTurn(token)
        defer { endTurn(token) }
        guard sessions[token]?.place == place else { return }
        sessions[token]?.lastActivityMilliseconds = time
    }

    /// The resident left the hand-off screen for the steps ("Revenir à la question"): that is a touch,
    /// and from now on the session times out like any other (the code works while it lasts).
    func backFromHandOff(_ token: String, time: Int64) async {
        await takeTurn(token)
        defer { endTurn(token) }
        guard sessions[token]?.awaitingMediator == true else { return }
        sessions[token]?.awaitingMediator = false
        sessions[token]?.lastActivityMilliseconds = time
    }

    // MARK: Ending and moving

    /// Ends the session here ("Recommencer", "Terminer", "Fermer", the API's DELETE): one still at a
    /// step is logged as abandoned first; an outcome is complete already and only forgotten.
    /// - Returns: the session as it ended, or `nil` if none runs under this token at this place.
    @discardableResult
    func end(_ token: String, at place: LiveSession.Place, time: Int64) async throws -> Session? {
        await takeTurn(token)
        defer { endTurn(token) }
        guard var session = sessions[token]?.session, sessions[token]?.place == place else { return nil }
        if case .atStep = session.state { try await record(session.handle(.abandon, at: time)) }
        forget(token)
        return session
    }

    /// Takes the kiosk session a valid hand-off code points to and moves it to `owner`'s desk, logged
    /// as `resumed`. The kiosk's token stops working at once; its next page says a mediator took over.
    /// If the store refuses the event, the session stays on its kiosk.
    /// - Returns: the desk token, or `nil` when no kiosk session has this code now.
    func takeOver(code: String, byWorker owner: Int64, time: Int64) async throws -> String? {
        guard let kioskToken = kioskToken(forHandOff: code, at: time) else { return nil }
        await takeTurn(kioskToken)
        defer { endTurn(kioskToken) }
        // Looked at again in turn: a tap, a time-out or another worker may have come first.
        guard let live = sessions[kioskToken], live.place == .kiosk, live.handOff?.matches(code, at: time) == true else {
            return nil
        }
        // A worker who types the code of a resident calling for a person answers the call too.
        let inputs: [Input] = calls.call(forSession: kioskToken) != nil ? [.mediatorAnswered, .resume] : [.resume]
        return try await moveToDesk(kioskToken, live.session, inputs: inputs, owner: owner, time: time)
    }

    /// Answers a resident's call for a person: the worker takes the session over at once, as with
    /// its code, logged `mediator-answered` then `resumed`.
    /// - Returns: the desk token, or `nil` when the call is no longer waiting (answered by another
    ///   worker, or the resident left).
    func answerCall(_ id: String, byWorker owner: Int64, time: Int64) async throws -> String? {
        guard let kioskToken = calls.session(ofCall: id) else { return nil }
        await takeTurn(kioskToken)
        defer { endTurn(kioskToken) }
        guard calls.call(forSession: kioskToken)?.id == id, let live = sessions[kioskToken], live.place == .kiosk else { return nil }
        return try await moveToDesk(kioskToken, live.session, inputs: [.mediatorAnswered, .resume], owner: owner, time: time)
    }

    /// "Je veux parler à quelqu'un": logs `mediator-called` and puts the call up on the consoles,
    /// with the session's hand-off code (the one it has while valid, else a new one). Asking again
    /// while the call waits changes nothing. `nil` when no kiosk session has this token.
    func callMediator(_ token: String, time: Int64) async throws -> MediatorCall? {
        await takeTurn(token)
        defer { endTurn(token) }
        guard var live = sessions[token], live.place == .kiosk else { return nil }
        if let waiting = calls.call(forSession: token) { return waiting }
        var session = live.session
        try await record(session.handle(.callMediator, at: time))
        let code = live.handOff.flatMap { $0.expires > time ? $0 : nil } ?? HandOffCode(issuedAt: time)
        live.session = session
        live.lastActivityMilliseconds = time
        live.handOff = code
        live.awaitingMediator = true
        sessions[token] = live
        let call = MediatorCall(
            id: RandomToken.make(bytes: 16), procedureID: session.procedure.id, stepID: session.currentStep?.id,
            locale: session.context.locale, terminal: session.context.terminal, calledAt: time, code: code)
        calls.raise(call, forSession: token)
        return call
    }

    /// "Annuler l'appel": the resident no longer waits for a person; the call is withdrawn and the
    /// session times out like any other again (its code works while it lasts).
    func cancelCall(_ token: String, time: Int64) async {
        await takeTurn(token)
        defer { endTurn(token) }
        guard sessions[token]?.place == .kiosk else { return }
        calls.takeDown(forSession: token)
        sessions[token]?.awaitingMediator = false
        sessions[token]?.lastActivityMilliseconds = time
    }

    /// Moves the kiosk session behind `kioskToken` to `owner`'s desk after recording `inputs`; its
    /// kiosk page says a person took over. If the store refuses, the session stays on its kiosk.
    private func moveToDesk(_ kioskToken: String, _ kept: Session, inputs: [Input], owner: Int64, time: Int64) async throws -> String {
        var session = kept
        try await record(inputs.flatMap { session.handle($0, at: time) })
        forget(kioskToken)
        takenOver = takenOver.filter { $0.value.time > time - HandOffCode.lifetime }
        takenOver[kioskToken] = (time, session.context.locale)
        let deskToken = RandomToken.make(bytes: 16)
        sessions[deskToken] = LiveSession(session: session, place: .desk(owner: owner), at: time)
        return deskToken
    }

    /// The ticket that carries the kiosk session behind `token` on to a phone: the same one while it is
    /// valid, which is while the session's hand-off code is (or as long as one would be). `nil` when no
    /// kiosk session has this token.
    /// `nil` too for a session already on a phone.
    func carryTicket(for token: String, time: Int64) -> String? {
        guard let live = sessions[token], live.place == .kiosk, !live.onPhone else { return nil }
        let expires = live.handOff.map(\.expires) ?? time + HandOffCode.lifetime
        return carries.ticket(for: token, locale: live.session.context.locale, expires: expires, time: time)
    }

    func checkCarry(_ ticket: String, time: Int64) -> CarryTickets.Check {
        carries.check(ticket, at: time)
    }

    /// Moves the kiosk session a valid ticket opens under a new token, for the phone `client` that
    /// used it: same state, same step, same hand-off code. The kiosk's token stops working at once, so
    /// the kiosk frees itself. Nothing is recorded: no input was made. `nil` when the ticket is spent,
    /// expired or unknown, or its session ended meanwhile.
    func carryOn(_ ticket: String, to client: String, time: Int64) async -> (token: String, session: Session)? {
        guard let spent = carries.spend(ticket, at: time) else { return nil }
        await takeTurn(spent.kioskToken)
        defer { endTurn(spent.kioskToken) }
        guard let kiosk = sessions[spent.kioskToken], kiosk.place == .kiosk else { return nil }
        sessions[spent.kioskToken] = nil
        var phone = LiveSession(session: kiosk.session, place: .kiosk, client: client, at: time)
        phone.handOff = kiosk.handOff
        phone.onPhone = true
        let token = RandomToken.make(bytes: 32)
        sessions[token] = phone
        return (token, kiosk.session)
    }

    /// Puts a session aside: `keep` stores it (under its worker's account), then it stops running here.
    /// If `keep` throws, the session runs on and the error is thrown.
    func putAside(_ token: String, at place: LiveSession.Place, keep: @Sendable (LiveSession) async throws -> Void) async throws -> Bool {
        await takeTurn(token)
        defer { endTurn(token) }
        guard let live = sessions[token], live.place == place else { return false }
        try await keep(live)
        forget(token)
        return true
    }

    /// Ends the sessions nobody touches any more, as their page's timer would: a session at a step gets a
    /// `timed-out` event stamped when the rule says it ended; an outcome is only forgotten. Each session
    /// is judged again in its turn, so one touched meanwhile lives on with nothing recorded; one whose
    /// time-out the store refuses stays for the next sweep.
    func endUntouched(kiosk: IdleRule?, desk: IdleRule, time now: Int64) async -> Sweep {
        var sweep = Sweep()
        let candidates = sessions.compactMap { token, live in Self.rule(for: live, kiosk: kiosk, desk: desk)?.end(of: live, at: now).map { _ in token } }
        for token in candidates {
            await takeTurn(token)
            defer { endTurn(token) }
            guard let live = sessions[token], let rule = Self.rule(for: live, kiosk: kiosk, desk: desk),
                let end = rule.end(of: live, at: now)
            else { continue }
            let place: IdleSweep.Place = live.place == .kiosk ? .kiosk : .desk
            var session = live.session
            do {
                if case .atStep = session.state { try await record(session.handle(.timeout, at: end)) }
            } catch {
                sweep.refused[place] = Sweep.Refusal(sessions: (sweep.refused[place]?.sessions ?? 0) + 1, error: error)
                continue
            }
            forget(token)
            switch place {
            case .kiosk: sweep.kiosks += 1
            case .desk: sweep.desks += 1
            }
            metrics.expired(at: place)
        }
        return sweep
    }

    /// Ends the least recently touched idle kiosk session of `client` when it is at its bound, then
    /// of anyone when the server is at its own. Concurrent starts may pass the bound by as many as
    /// arrive at once; it is a bound on memory, not a quota.
    private func makeRoom(for client: String, time: Int64) async throws {
        let kiosks = sessions.values.filter { $0.place == .kiosk }
        if kiosks.count(where: { $0.client == client }) >= limits.perAddress {
            guard try await endLeastRecentlyTouched(where: { $0.client == client }, time: time) else { throw Full.address }
        }
        if kiosks.count >= limits.overall {
            guard try await endLeastRecentlyTouched(where: { _ in true }, time: time) else { throw Full.server }
        }
    }

    /// Ends, as timed out, the idle kiosk session matching `belongs` that was touched longest ago.
    /// - Returns: `false` when every such session was touched too recently to end.
    private func endLeastRecentlyTouched(where belongs: (LiveSession) -> Bool, time: Int64) async throws -> Bool {
        let idleSince = time - Int64(limits.idleSecondsBeforeEnding) * 1000
        let oldest = sessions.filter { $0.value.place == .kiosk && belongs($0.value) && $0.value.lastActivityMilliseconds <= idleSince }
            .sorted { $0.value.lastActivityMilliseconds < $1.value.lastActivityMilliseconds }
        for (token, _) in oldest {
            await takeTurn(token)
            defer { endTurn(token) }
            guard var session = sessions[token]?.session, let touched = sessions[token]?.lastActivityMilliseconds, touched <= idleSince else {
                continue
            }
            if case .atStep = session.state { try await record(session.handle(.timeout, at: time)) }
            forget(token)
            metrics.endedForRoom()
            return true
        }
        return false
    }

    private static func rule(for live: LiveSession, kiosk: IdleRule?, desk: IdleRule) -> IdleRule? {
        live.place == .kiosk ? kiosk : desk
    }

    // MARK: Looking

    /// The session behind `token` as last kept, wherever it runs.
    func session(_ token: String) -> LiveSession? {
        sessions[token]
    }

    /// The pending notice, cleared as it is read.
    func takeNotice(_ token: String) -> String? {
        defer { sessions[token]?.notice = nil }
        return sessions[token]?.notice
    }

    /// The resident's language if a worker took over this token's session; answered once, then forgotten.
    func takenOver(_ token: String) -> String? {
        takenOver.removeValue(forKey: token)?.locale
    }

    /// Whether a worker took over this token's session and its kiosk was not told yet; asking does not tell it.
    func wasTakenOver(_ token: String) -> Bool {
        takenOver[token] != nil
    }

    /// The sessions at desks (every worker's when `owner` is `nil`), most recently touched first.
    func atDesks(ownedBy owner: Int64? = nil) -> [(token: String, session: LiveSession)] {
        sessions.filter { token, live in live.owner != nil && (owner == nil || live.owner == owner) }
            .map { ($0.key, $0.value) }
            .sorted { $0.session.lastActivityMilliseconds > $1.session.lastActivityMilliseconds }
    }

    var count: Int { sessions.count }

    private func kioskToken(forHandOff code: String, at time: Int64) -> String? {
        sessions.first { $0.value.place == .kiosk && $0.value.handOff?.matches(code, at: time) == true }?.key
    }

    /// The session stops running here; a call for a person it made is withdrawn with it.
    private func forget(_ token: String) {
        sessions[token] = nil
        calls.takeDown(forSession: token)
    }

    // MARK: Recording

    /// Appends the events among `effects` and waits until the store has committed them.
    private func record(_ effects: [Effect]) async throws {
        let events = effects.compactMap { effect -> GuideEvent? in
            if case .log(let event) = effect { return event }
            return nil
        }
        guard !events.isEmpty else { return }
        try await store.append(events)
        metrics.recorded(events)
    }

    // MARK: Turns

    /// Waits until no other input to `token` is under way; the caller must ``endTurn(_:)``.
    private func takeTurn(_ token: String) async {
        guard turns[token] != nil else {
            turns[token] = []
            return
        }
        await withCheckedContinuation { waiting in turns[token, default: []].append(waiting) }
    }

    /// Hands the turn to the next input waiting for `token`, in the order they came.
    private func endTurn(_ token: String) {
        guard var waiting = turns[token], !waiting.isEmpty else {
            turns[token] = nil
            return
        }
        let next = waiting.removeFirst()
        turns[token] = waiting
        next.resume()
    }
}
