import GRDB
import ProcedureModel

/// Reads events back, grouped by session in the order sessions first appeared, in time order within.
///
/// The hot path of every report: one forward walk of the `event` table (clustered in exactly that
/// order), four integers a row, on one thread (``walk(in:matching:into:)``), while another turns
/// the rows into events (``assemble(from:_:)``). Contexts and happenings are loaded once into
/// arrays indexed by id; the session key is read by walking the `session` table alongside, once
/// per session.
struct EventReader: Sendable {
    private let contexts: [StoredContext]
    private let happenings: [StoredHappening]
    private let path: String

    init(_ db: Database, path: String) throws {
        self.path = path
        let names = try NameTable(db, path: path)
        contexts = try NameTable.load(db, "SELECT \(StoredContext.columns) FROM context", missing: .missing) { try StoredContext(row: $0, names: names) }
        happenings = try NameTable.load(db, "SELECT \(StoredHappening.columns) FROM happening", missing: .missing) { try StoredHappening(row: $0, names: names) }
    }

    /// Reads the rows matching `filter` on this (GRDB's reader) thread, in chunks, into `channel`.
    func walk(in db: Database, matching filter: EventFilter, into channel: RowChannel) throws {
        guard let condition = whereClause(filter) else { return }
        let events = try RawStatement(db, "SELECT session, time, context, happening FROM event \(condition) ORDER BY session, time, seq")
        let sessions = try RawStatement(db, "SELECT id, key FROM session ORDER BY id")
        // A statement left mid-walk keeps its snapshot open: later reads on this connection would
        // see the past, and checkpoints would wait for it.
        defer {
            events.reset()
            sessions.reset()
        }
        var chunk = RowChunk()
        var session: Int64 = -1
        while try events.step() {
            let sessionID = events.int64(0)
            if sessionID != session {
                chunk.keys.append(try key(of: sessionID, walking: sessions))
                session = sessionID
            }
            chunk.rows.append(sessionID)
            chunk.rows.append(events.int64(1))
            chunk.rows.append(events.int64(2))
            chunk.rows.append(events.int64(3))
            if chunk.isFull {
                guard channel.put(chunk) else { return }
                chunk = RowChunk()
            }
        }
        if !chunk.rows.isEmpty { _ = channel.put(chunk) }
    }

    /// Turns the chunks of `channel` into events for `body`, on the caller's thread.
    ///
    /// One ``GuideEvent`` is reused from row to row and only the parts that changed are set, so
    /// each string is shared, never copied, and most rows touch no reference count.
    func assemble(from channel: RowChannel, _ body: (GuideEvent) throws -> Void) throws {
        var event = GuideEvent(session: "", procedure: "", procedureVersion: "", step: nil, kind: .sessionStarted, time: 0, channel: .kiosk, locale: "")
        // The ids behind the event's current parts; -1 until the first row sets them.
        var session: Int64 = -1, context: Int64 = -1, happening: Int64 = -1
        while let chunk = try channel.take() {
            var keys = chunk.keys.makeIterator()
            var index = 0
            while index < chunk.rows.count {
                let sessionID = chunk.rows[index]
                if sessionID != session, let key = keys.next() {
                    event.session = key
                    session = sessionID
                }
                let contextID = chunk.rows[index + 2]
                if contextID != context {
                    // Applied in place: copying the stored row out would retain each of its strings.
                    guard contextID > 0, contextID < contexts.count, contexts[Int(contextID)].apply(to: &event) else {
                        throw missing("context", contextID)
                    }
                    context = contextID
                }
                let happeningID = chunk.rows[index + 3]
                if happeningID != happening {
                    guard happeningID > 0, happeningID < happenings.count, happenings[Int(happeningID)].apply(to: &event) else {
                        throw missing("happening", happeningID)
                    }
                    happening = happeningID
                }
                event.time = chunk.rows[index + 1]
                try body(event)
                index += 4
            }
        }
    }

    func count(in db: Database, matching filter: EventFilter) throws -> Int {
        guard let condition = whereClause(filter) else { return 0 }
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM event \(condition)") ?? 0
    }

    /// The SQL condition for `filter`, or `nil` when no event can match (a name never logged).
    private func whereClause(_ filter: EventFilter) -> String? {
        var conditions: [String] = []
        if let since = filter.since { conditions.append("time >= \(since)") }
        if let until = filter.until { conditions.append("time < \(until)") }
        if filter.procedure != nil || filter.channel != nil || filter.site != nil || filter.locale != nil {
            let matching = contexts.indices.filter { contexts[$0].matches(filter) }
            guard !matching.isEmpty else { return nil }
            conditions.append("context IN (\(matching.map(String.init).joined(separator: ",")))")
        }
        return conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }

    private func missing(_ table: String, _ id: Int64) -> EventStoreError {
        EventStoreError(path: path, problem: .inconsistent("an event refers to the missing \(table) \(id)"))
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
