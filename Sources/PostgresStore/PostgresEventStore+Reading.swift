public import EventLog
import PostgresNIO
public import ProcedureModel

extension PostgresEventStore {
    public func forEachEvent(matching filter: EventFilter, _ body: (GuideEvent) throws -> Void) async throws {
        try await database.withConnection { connection in
            try await Self.read(Self.eventsQuery(matching: filter), on: connection, place: self.place, logger: self.database.logger, body)
        }
    }

    public func forEachBatch(matching filter: EventFilter, size: Int, _ body: ([GuideEvent]) async throws -> Void) async throws {
        let size = max(1, size)
        try await database.withConnection { connection in
            // The rows stream with back-pressure: the server is asked for more only as they are used.
            let rows = try await connection.query(Self.eventsQuery(matching: filter), logger: self.database.logger)
            var reader = EventRowReader(place: self.place)
            var batch: [GuideEvent] = []
            batch.reserveCapacity(size)
            for try await row in rows {
                batch.append(try reader.event(from: row))
                if batch.count == size {
                    try await body(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { try await body(batch) }
        }
    }

    public func count(matching filter: EventFilter) async throws -> Int {
        var query = EventConditions(filter)
        query.sql = "SELECT count(*) FROM event e" + query.whereClause
        return try await database.withConnection { connection in
            var total = 0
            for try await count in try await connection.query(query.query, logger: self.database.logger).decode(Int.self) {
                total = count
            }
            return total
        }
    }

    /// Sessions in the order their first event arrived, then each session's events by time and arrival:
    /// the order of the index `event_in_report_order`, which the server reads without sorting.
    static func eventsQuery(matching filter: EventFilter, sessions: SessionRange = SessionRange()) -> PostgresQuery {
        var query = EventConditions(filter, sessions: sessions)
        query.sql =
            "SELECT " + EventRowReader.columns.map { "e." + $0 }.joined(separator: ", ")
            + " FROM event e" + query.whereClause + " ORDER BY e.session_number, e.time, e.seq"
        return query.query
    }
}

extension PostgresEventStore {
    /// The same sessions in the same order, one row a session: its number and its events' `packed`
    /// joined in one `bytea`, 24 bytes an event (time, seq, context id, happening id, big-endian),
    /// read from the index `event_in_report_order` alone (an index-only scan). A row a session rather than a
    /// row an event: past the server's own work, most of a report's time went into taking rows
    /// apart one by one here. `contexts`, when given, are the only contexts read (the filter's
    /// procedure, channel, site and locale, as ids).
    ///
    /// The events come packed in the index's order in practice, but nothing in SQL promises the
    /// order in which an aggregate takes its rows: `seq` is there so that the reader can check it,
    /// and sort a session when it is not so (see ``EventCodeTables``).
    static func codedQuery(matching filter: EventFilter, sessions: SessionRange, contexts: [Int32]?) -> PostgresQuery {
        var query = EventConditions(filter, sessions: sessions, contexts: contexts)
        query.sql =
            "SELECT e.session_number, string_agg(e.packed, ''::bytea)"
            + " FROM event e" + query.whereClause + " GROUP BY e.session_number ORDER BY e.session_number"
        return query.query
    }
}

/// An ``EventFilter`` (and a range of sessions) as a `WHERE` clause on the event table `e`, with its values bound.
struct EventConditions {
    var sql = ""
    private(set) var whereClause = ""
    private var binds = PostgresBindings()

    /// `contexts`, when given, stands for the filter's procedure, channel, site and locale: the ids
    /// of the contexts they keep.
    init(_ filter: EventFilter, sessions: SessionRange = SessionRange(), contexts: [Int32]? = nil) {
        var conditions: [String] = []
        var binds = PostgresBindings()
        func bound(_ column: String, _ value: some PostgresDynamicTypeEncodable, _ comparison: String = "=") {
            binds.append(value)
            conditions.append("e.\(column) \(comparison) $\(binds.count)")
        }
        if let since = filter.since { bound("time", since, ">=") }
        if let until = filter.until { bound("time", until, "<") }
        if let contexts {
            binds.append(contexts)
            conditions.append("e.context = ANY($\(binds.count))")
        } else {
            if let procedure = filter.procedure { bound("procedure", procedure) }
            if let channel = filter.channel { bound("channel", channel.rawValue) }
            if let site = filter.site { bound("site", site) }
            if let locale = filter.locale { bound("locale", locale) }
        }
        if let from = sessions.from { bound("session_number", from, ">=") }
        if let below = sessions.below { bound("session_number", below, "<") }
        if !conditions.isEmpty { whereClause = " WHERE " + conditions.joined(separator: " AND ") }
        self.binds = binds
    }

    var query: PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: binds) }
}
