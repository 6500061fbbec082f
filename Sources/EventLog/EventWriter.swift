import GRDB
import ProcedureModel

/// Writes one batch of events inside the caller's transaction, turning every text into its id.
struct EventWriter {
    private let insertEvent: RawStatement
    private let insertName: RawStatement
    private let findName: RawStatement
    private let insertSession: RawStatement
    private let findSession: RawStatement
    private let insertContext: RawStatement
    private let findContext: RawStatement
    private let insertHappening: RawStatement
    private let findHappening: RawStatement
    private let readCounter: RawStatement
    private let writeCounter: RawStatement

    init(_ db: Database) throws {
        insertEvent = try RawStatement(
            db,
            """
            INSERT INTO event (session, time, seq, context, happening) VALUES (?, ?, ?, ?, ?)
            """)
        insertName = try RawStatement(db, "INSERT OR IGNORE INTO name (text) VALUES (?)")
        findName = try RawStatement(db, "SELECT id FROM name WHERE text = ?")
        insertSession = try RawStatement(db, "INSERT OR IGNORE INTO session (key) VALUES (?)")
        findSession = try RawStatement(db, "SELECT id FROM session WHERE key = ?")
        insertContext = try RawStatement(
            db,
            """
            INSERT OR IGNORE INTO context (procedure, version, channel, site, terminal, locale) VALUES (?, ?, ?, ?, ?, ?)
            """)
        findContext = try RawStatement(
            db,
            """
            SELECT id FROM context
            WHERE procedure = ? AND version = ? AND channel = ? AND site = ? AND terminal = ? AND locale = ?
            """)
        insertHappening = try RawStatement(db, "INSERT INTO happening (kind, step, value, reason, count) VALUES (?, ?, ?, ?, ?)")
        findHappening = try RawStatement(
            db,
            """
            SELECT id FROM happening WHERE kind = ? AND step = ? AND value = ? AND reason = ? AND count IS ?
            """)
        readCounter = try RawStatement(db, "SELECT value FROM counter WHERE name = ?")
        writeCounter = try RawStatement(db, "UPDATE counter SET value = ? WHERE name = ?")
    }

    /// Appends `events` in arrival order; the caller commits.
    func append(_ events: [GuideEvent], cache: inout AppendCache) throws {
        let generation = try counter("generation")
        if generation != cache.generation { cache.forget(keepingGeneration: generation) }
        var seq = try counter("seq")
        for event in events {
            seq += 1
            var session = try session(event.session, cache: &cache)
            let context = AppendCache.Context(event)
            if session.context != context {
                session.context = context
                session.contextID = try contextID(context, cache: &cache)
                cache.sessions[event.session] = session
            }
            insertEvent.bind(1, session.id)
            insertEvent.bind(2, event.time)
            insertEvent.bind(3, seq)
            insertEvent.bind(4, session.contextID)
            insertEvent.bind(5, try happeningID(AppendCache.Happening(event), cache: &cache))
            try insertEvent.run()
        }
        writeCounter.bind(1, seq)
        writeCounter.bind(2, "seq")
        try writeCounter.run()
    }

    private func counter(_ name: String) throws -> Int64 {
        readCounter.bind(1, name)
        defer { readCounter.reset() }
        guard try readCounter.step() else {
            throw EventStoreError(path: "", problem: .inconsistent("the counter '\(name)' is missing"))
        }
        return readCounter.int64(0)
    }

    private func session(_ key: String, cache: inout AppendCache) throws -> AppendCache.Session {
        if let known = cache.sessions[key] { return known }
        if cache.sessions.count >= AppendCache.sessionLimit { cache.sessions.removeAll(keepingCapacity: true) }
        let id = try insertOrFind(insertSession, findSession) { $0.bind(1, key) }
        let session = AppendCache.Session(id: id, context: nil, contextID: 0)
        cache.sessions[key] = session
        return session
    }

    private func contextID(_ context: AppendCache.Context, cache: inout AppendCache) throws -> Int64 {
        if let known = cache.contexts[context] { return known }
        let ids: [Int64] = [
            try nameID(context.procedure, cache: &cache), try nameID(context.version, cache: &cache),
            Int64(StoredCodes.code(of: context.channel)),
            try optionalNameID(context.site, cache: &cache),
            try optionalNameID(context.terminal, cache: &cache),
            try nameID(context.locale, cache: &cache),
        ]
        let id = try insertOrFind(insertContext, findContext) { statement in
            for (index, value) in ids.enumerated() { statement.bind(Int32(index + 1), value) }
        }
        cache.contexts[context] = id
        return id
    }

    private func happeningID(_ happening: AppendCache.Happening, cache: inout AppendCache) throws -> Int64 {
        if let known = cache.happenings[happening] { return known }
        let ids: [Int64] = [
            Int64(StoredCodes.code(of: happening.kind)),
            try optionalNameID(happening.step, cache: &cache),
            try optionalNameID(happening.value, cache: &cache),
            try optionalNameID(happening.reason, cache: &cache),
        ]
        func bind(_ statement: RawStatement) {
            for (index, value) in ids.enumerated() { statement.bind(Int32(index + 1), value) }
            statement.bind(5, happening.count.map(Int64.init))
        }
        // Found first, then inserted: UNIQUE cannot see two NULL counts as equal.
        bind(findHappening)
        let found = try findHappening.step() ? findHappening.int64(0) : nil
        findHappening.reset()
        let id: Int64
        if let found {
            id = found
        } else {
            bind(insertHappening)
            try insertHappening.run()
            id = insertHappening.lastInsertedRowID
        }
        cache.happenings[happening] = id
        return id
    }

    /// The id of `text`, or 0 for none.
    private func optionalNameID(_ text: String?, cache: inout AppendCache) throws -> Int64 {
        guard let text else { return 0 }
        return try nameID(text, cache: &cache)
    }

    private func nameID(_ text: String, cache: inout AppendCache) throws -> Int64 {
        if let known = cache.names[text] { return known }
        let id = try insertOrFind(insertName, findName) { $0.bind(1, text) }
        cache.names[text] = id
        return id
    }

    /// Inserts a row unless it exists (INSERT OR IGNORE), and returns its id either way.
    private func insertOrFind(_ insert: RawStatement, _ find: RawStatement, bind: (RawStatement) -> Void) throws -> Int64 {
        bind(insert)
        try insert.run()
        if insert.changes == 1 { return insert.lastInsertedRowID }
        bind(find)
        defer { find.reset() }
        guard try find.step() else {
            throw EventStoreError(path: "", problem: .inconsistent("a row that was just found missing is missing again"))
        }
        return find.int64(0)
    }
}
