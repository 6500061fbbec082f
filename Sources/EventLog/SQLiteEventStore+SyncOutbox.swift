import GRDB
public import ProcedureModel

/// A site's outbox is its own log: the events after the `shipped` counter, in `seq` order.
extension SQLiteEventStore: SiteOutbox {
    public func events(after sequence: Int64, limit: Int) async throws -> [SiteEvent] {
        let path = path
        return try await readSync { db in
            // Stepped with SQLite's own calls: GRDB's rows box every column, and a drain reads millions.
            let statement = try RawStatement(db, Self.eventsAfterSQL)
            defer { statement.reset() }
            statement.bind(1, sequence)
            statement.bind(2, Int64(max(1, limit)))
            var events: [SiteEvent] = []
            events.reserveCapacity(max(1, min(limit, 100_000)))
            while try statement.step() { events.append(try Self.siteEvent(statement, path: path)) }
            return events
        }
    }

    public func shippedThrough() async throws -> Int64 {
        try await readSync { db in try Self.shippedMark(in: db) }
    }

    public func markShipped(through sequence: Int64) async throws {
        try await writeSync { db in
            try db.execute(sql: "UPDATE counter SET value = max(value, ?) WHERE name = 'shipped'", arguments: [sequence])
        }
    }

    public func waiting() async throws -> (count: Int, oldest: MillisecondsSince1970?) {
        try await readSync { db in
            let shipped = try Self.shippedMark(in: db)
            let row = try Row.fetchOne(
                db, sql: "SELECT count(*), min(time) FROM event INDEXED BY event_by_seq WHERE seq > ?", arguments: [shipped])
            return (row?[0] ?? 0, row?[1])
        }
    }

    private static func shippedMark(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT value FROM counter WHERE name = 'shipped'") ?? 0
    }

    /// The `events` view, whose joins SQLite flattens: one range of `event_by_seq`, then a lookup by
    /// id in each table.
    private static let eventsAfterSQL = """
        SELECT seq, session, time, procedure, procedure_version, channel, site, terminal, locale, kind, step, value, reason, count
        FROM events WHERE seq > ? ORDER BY seq LIMIT ?
        """

    private static func siteEvent(_ row: RawStatement, path: String) throws -> SiteEvent {
        func optionalText(_ column: Int32) -> String? { row.isNull(column) ? nil : row.text(column) }
        let sequence = row.int64(0)
        let (channelName, kindName) = (row.text(5), row.text(9))
        guard let channel = Channel(rawValue: channelName), let kind = GuideEvent.Kind(rawValue: kindName) else {
            throw EventStoreError(path: path, problem: .inconsistent("event \(sequence) has the unknown channel '\(channelName)' or kind '\(kindName)'"))
        }
        let event = GuideEvent(
            session: row.text(1), procedure: row.text(3), procedureVersion: row.text(4), step: optionalText(10), kind: kind, time: row.int64(2),
            channel: channel, site: optionalText(6), terminal: optionalText(7), locale: row.text(8), value: optionalText(11),
            reason: optionalText(12), count: row.isNull(13) ? nil : Int(row.int64(13)))
        return SiteEvent(sequence: sequence, event: event)
    }
}
