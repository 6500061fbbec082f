import GuideEngine
import ProcedureModel

/// New sessions, made here and started by the ``SessionRunner``.
extension GuideServices {
    enum SessionFailure: Error, Sendable {
        case unknownProcedure(String)
    }

    /// A session of procedure `id` in `locale`, not started yet, with a new random id.
    func newSession(procedure id: String, locale: String, channel: Channel) throws -> Session {
        guard let procedure = content(locale).library.procedure(id), let conditions = conditions[id] else {
            throw SessionFailure.unknownProcedure(id)
        }
        let context = SessionContext(
            sessionID: RandomToken.make(bytes: 16), channel: channel, site: settings.site,
            terminal: channel == .assisted ? nil : settings.terminal, locale: locale)
        return Session(procedure: procedure, context: context, conditions: conditions)
    }

    /// Starts a resident's session on a kiosk (or an API client) at `client`'s address; returns its
    /// secret token. Throws ``SessionRunner/Full`` when there is no room (``SessionLimits``).
    func startAtKiosk(procedure id: String, locale: String, from client: String) async throws -> (token: String, session: Session) {
        try await runner.start(newSession(procedure: id, locale: locale, channel: .kiosk), at: .kiosk, from: client, time: clock.now())
    }

    /// What a refused input says on the resident's next page, in the session's own language.
    var residentNotice: @Sendable (SessionRunner.Applied) -> String? {
        { [self] applied in applied.rejection?.message(in: content(applied.session.context.locale).interface) }
    }

    /// What a refused input says on the worker's next page, in French; a worker also reads why the
    /// procedure itself cannot go on (a resident is never shown an author's fault).
    var workerNotice: @Sendable (SessionRunner.Applied) -> String? {
        let interface = content("fr").interface
        return { applied in
            if let rejection = applied.rejection { return rejection.message(in: interface) }
            return applied.fault.map { "La démarche ne peut pas continuer : \($0)" }
        }
    }
}
