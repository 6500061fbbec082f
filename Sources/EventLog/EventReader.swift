import GRDB
import ProcedureModel

/// Reads events back, grouped by session in the order sessions first appeared, in time order within.
///
/// The hot path of every report: a forward walk of the `event` table (clustered in exactly that
/// order), four integers a row, a chunk at a time (``chunk(in:matching:after:)``), while
/// ``EventAssembler`` turns the rows into events. Contexts and happenings are loaded once into
/// arrays indexed by id; the session key is read by walking the `session` table alongside, once
/// per session.
struct EventReader: Sendable {
    let contexts: [StoredContext]
    let happenings: [StoredHappening]
    let path: String

    init(_ db: Database, path: String) throws {
        self.path = path
        let names = try NameTable(db, path: path)
        contexts = try NameTable.load(db, "SELECT \(StoredContext.columns) FROM context", missing: .missing) { try StoredContext(row: $0, names: names) }
        happenings = try NameTable.load(db, "SELECT \(StoredHappening.columns) FROM happening", missing: .missing) {
            try StoredHappening(row: $0, names: names)
        }
    }

    /// The rows matching `filter` of the sessions after `position`, up to session `last` included
    /// (`nil`: to the end): whole sessions, until ``RowChunk/rowsPerChunk`` rows at least; `nil`
    /// when none is left.
    ///
    /// Each chunk is a query of its own, so the walk may span several accesses to one snapshot
    /// (the reading task hands a chunk over between two of them); the statements are reset before
    /// this returns, so no statement is left mid-walk. Ending chunks with a session keeps the
    /// query's condition to one seek: a finer position (time, seq) would be tested on every row.
    /// `last` is tested here, on the session id read anyway, not in SQL: SQLite would compare the
    /// key of every row with it (about 150 instructions a row, a sixth of the read). Without
    /// `keys`, the chunk holds no session key and the `session` table is not read (a fold on ids
    /// needs none).
    func chunk(
        in db: Database, matching filter: EventFilter, after position: RowPosition, through last: Int64? = nil, keys: Bool = true
    ) throws -> RowChunk? {
        guard let conditions = conditions(filter) else { return nil }
        let events = try RawStatement(
            db,
            """
            SELECT session, time, context, happening FROM event WHERE \((["session > ?"] + conditions).joined(separator: " AND "))
            ORDER BY session, time, seq
            """)
        let sessions = keys ? try RawStatement(db, "SELECT id, key FROM session WHERE id > ? ORDER BY id") : nil
        defer {
            events.reset()
            sessions?.reset()
        }
        events.bind(1, position.session)
        sessions?.bind(1, position.session)
        var chunk = RowChunk()
        var session = position.session
        while try events.step() {
            let sessionID = events.int64(0)
            if sessionID != session {
                // The row stepped past is read again, as the first of the next chunk; past `last`, the
                // next chunk stops there too, empty.
                if chunk.isFull || sessionID > last ?? .max { break }
                if let sessions { chunk.keys.append(try key(of: sessionID, walking: sessions)) }
                session = sessionID
            }
            chunk.rows.append(sessionID)
            chunk.rows.append(events.int64(1))
            chunk.rows.append(events.int64(2))
            chunk.rows.append(events.int64(3))
        }
        chunk.end = RowPosition(session: session)
        return chunk.rows.isEmpty ? nil : chunk
    }

    /// The error for an event whose `table` id (`context`, `happening`) has no row.
    func missing(_ table: String, _ id: Int64) -> EventStoreError {
        EventStoreError(path: path, problem: .inconsistent("an event refers to the missing \(table) \(id)"))
    }

    func count(in db: Database, matching filter: EventFilter) throws -> Int {
        guard let conditions = conditions(filter) else { return 0 }
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM event \(clause)") ?? 0
    }

    /// The SQL conditions for `filter`, or `nil` when no event can match (a name never logged).
    private func conditions(_ filter: EventFilter) -> [String]? {
        var conditions: [String] = []
        if let since = filter.since { conditions.append("time >= \(since)") }
        if let until = filter.until { conditions.append("time < \(until)") }
        if filter.procedure != nil || filter.channel != nil || filter.site != nil || filter.locale != nil {
            let matching = contexts.indices.filter { contexts[$0].matches(filter) }
            guard !matching.isEmpty else { return nil }
            conditions.append("context IN (\(matching.map(String.init).joined(separator: ",")))")
        }
        return conditions
    }

    /// Advances the session walk to `row`: sessions are read in id order, as events are.
    private func key(of row: Int64, walking sessions: RawStatement) throws -> String {
        while try sessions.step() {
            let id = sessions.int64(0)
            if id == row { return sessions.text(1) }
            if id > row { break }
        }
        throw EventStoreError(path: path, problem: .inconsistent("events refer to the missing session \(row)"))
    }
}
