import ProcedureModel

/// The ids the writer already knows for sessions, contexts and names, so an append rarely asks SQLite.
///
/// Valid for one `generation` of the file: a purge (from any process) deletes unused rows and bumps
/// the generation, and the next append starts from an empty cache.
struct AppendCache: Sendable {
    /// What a session keeps for all its events, stored once in `context`.
    struct Context: Hashable, Sendable {
        var procedure: String
        var version: String
        var channel: Channel
        var site: String?
        var terminal: String?
        var locale: String

        init(_ event: GuideEvent) {
            procedure = event.procedure
            version = event.procedureVersion
            channel = event.channel
            site = event.site
            terminal = event.terminal
            locale = event.locale
        }
    }

    /// What happened, apart from who, when and where: stored once in `happening`.
    struct Happening: Hashable, Sendable {
        var kind: GuideEvent.Kind
        var step: String?
        var value: String?
        var reason: String?
        var count: Int?

        init(_ event: GuideEvent) {
            kind = event.kind
            step = event.step
            value = event.value
            reason = event.reason
            count = event.count
        }
    }

    /// Sessions come and go; past this many, the session ids are forgotten rather than kept forever.
    static let sessionLimit = 100_000

    /// A session's id, with the context of its last event: the next one almost always has the same.
    struct Session: Sendable {
        var id: Int64
        var context: Context?
        var contextID: Int64
    }

    var generation: Int64 = -1
    var names: [String: Int64] = [:]
    var contexts: [Context: Int64] = [:]
    var happenings: [Happening: Int64] = [:]
    var sessions: [String: Session] = [:]

    mutating func forget(keepingGeneration generation: Int64) {
        self = AppendCache()
        self.generation = generation
    }
}
