import GuideEngine
import ProcedureModel
import Synchronization

/// A desk session that ended (closed, or finished at its outcome): what a worker needs to note why the
/// resident was blocked afterwards. No answer is kept, only where the session stopped.
struct EndedSession: Sendable {
    /// Random, used in the console's addresses (the desk's token died with the session).
    let id: String
    let owner: Int64
    let procedureID: String
    /// The step the session stopped at, where a note is logged.
    let stepID: String?
    let reachedOutcome: Bool
    /// Milliseconds since 1970.
    let endedAt: Int64
    let label: String?
    /// The event every late note copies: session id, procedure and version, channel, site, terminal, locale.
    let template: GuideEvent

    init(_ session: Session, stepID: String?, id: String, owner: Int64, label: String?, at time: Int64) {
        self.id = id
        self.owner = owner
        procedureID = session.procedure.id
        self.stepID = stepID
        if case .finished = session.state { reachedOutcome = true } else { reachedOutcome = false }
        endedAt = time
        self.label = label
        let context = session.context
        template = GuideEvent(
            session: context.sessionID, procedure: session.procedure.id, procedureVersion: session.procedure.version, step: stepID,
            kind: .workerNote, time: time, channel: context.channel, site: context.site, terminal: context.terminal,
            locale: context.locale)
    }

    var sessionID: String { template.session }

    /// The `worker-note` event of a note written at `time`: the category only, never the text.
    func noteEvent(_ category: BlockageCategory, at time: Int64) -> GuideEvent {
        var event = template
        event.time = time
        event.reason = category.rawValue
        return event
    }
}

/// Desk sessions ended in the last ``window``: a worker often notes the blockage once the resident has
/// left. Past the window the session is gone from here and no note can be added. In memory only: a
/// restart forgets them, as it forgets the desks' live sessions.
final class EndedSessions: Sendable {
    /// 24 hours, in milliseconds.
    static let window: Int64 = 24 * 60 * 60 * 1000

    private let sessions = Mutex<[String: EndedSession]>([:])

    func add(_ session: EndedSession) {
        sessions.withLock { $0[session.id] = session }
    }

    /// The session `id` if it ended less than 24 hours before `time`.
    func session(_ id: String, at time: Int64) -> EndedSession? {
        forgetOld(at: time)
        return sessions.withLock { $0[id] }
    }

    /// `owner`'s sessions ended in the last 24 hours, the latest first.
    func endedSessions(ownedBy owner: Int64, at time: Int64) -> [EndedSession] {
        forgetOld(at: time)
        return sessions.withLock { $0.values.filter { $0.owner == owner } }.sorted { ($0.endedAt, $0.id) > ($1.endedAt, $1.id) }
    }

    private func forgetOld(at time: Int64) {
        sessions.withLock { $0 = $0.filter { $0.value.endedAt > time - Self.window } }
    }
}
