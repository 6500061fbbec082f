import ProcedureModel

/// The ids the writer already knows for sessions, contexts and names, so an append rarely asks SQLite.
///
/// Valid for one `generation` of the file: a purge (from any process) deletes unused rows and bumps
/// the generation, and the next append starts from an empty cache.
struct AppendCache: Sendable {
    typealias Context = EventContext
    typealias Happening = EventHappening

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
