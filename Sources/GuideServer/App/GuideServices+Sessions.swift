import GuideEngine
import ProcedureModel

/// Starting sessions and feeding them inputs: the one path the kiosk pages and the JSON API share.
extension GuideServices {
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

    enum SessionFailure: Error, Sendable {
        case unknownProcedure(String)
    }

    /// Starts `procedure` for a resident; returns the new session's secret token.
    func startSession(procedure id: String, locale: String, channel: Channel, at now: Int64) async throws -> (token: String, session: Session) {
        guard let procedure = content(locale).library.procedure(id), let conditions = conditions[id] else {
            throw SessionFailure.unknownProcedure(id)
        }
        let context = SessionContext(
            sessionID: RandomToken.make(bytes: 16), channel: channel, site: settings.site, terminal: settings.terminal, locale: locale
        )
        var session = Session(procedure: procedure, context: context, conditions: conditions)
        try await record(session.handle(.start, at: now))
        let token = RandomToken.make(bytes: 32)
        await kiosks.insert(session, token: token, at: now)
        metrics.started(channel)
        return (token, session)
    }

    /// Feeds `input` to the session behind `token`. The new state is kept only once its events are
    /// committed to the store; if the store fails, nothing changes and the error is thrown.
    /// - Returns: `nil` when no session has this token.
    func apply(_ input: Input, token: String, at now: Int64) async throws -> Applied? {
        guard let entry = await kiosks.entry(token) else { return nil }
        var session = entry.session
        let effects = session.handle(input, at: now)
        try await record(effects)
        let applied = Applied(session: session, effects: effects)
        let notice = applied.rejection?.message(in: content(session.context.locale).interface)
        await kiosks.commit(session, token: token, basedOn: entry.version, at: now, notice: notice)
        if case .abandoned = session.state { await kiosks.remove(token) }
        return applied
    }
}
