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

    /// What a refused input says on the next page, in `language`; a worker also reads why the procedure
    /// itself cannot go on (a resident is never shown an author's fault).
    func notice(in language: String, forWorker: Bool = false) -> @Sendable (SessionRunner.Applied) -> String? {
        let interface = content(language).interface
        return { applied in
            if let rejection = applied.rejection { return rejection.message(in: interface) }
            if forWorker, let fault = applied.fault { return "La démarche ne peut pas continuer : \(fault)" }
            return nil
        }
    }
}
