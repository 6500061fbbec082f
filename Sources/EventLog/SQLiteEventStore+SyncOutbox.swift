import GRDB
public import ProcedureModel

/// A site's outbox is its own log: the events after the `shipped` counter, in `seq` order.
extension SQLiteEventStore: SiteOutbox {
    public func events(after sequence: Int64, limit: Int) async throws -> [SiteEvent] {
        let path = path
        return try await readSync { db in
            try Row.fetchAll(db, sql: Self.eventsAfterSQL, arguments: [sequence, max(1, limit)]).map { row in
                try Self.siteEvent(row, path: path)
            }
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

    private static func siteEvent(_ row: Row, path: String) throws -> SiteEvent {
        let sequence: Int64 = row[0]
        let channelName: String = row[5]
        let kindName: String = row[9]
        guard let channel = Channel(rawValue: channelName), let kind = GuideEvent.Kind(rawValue: kindName) else {
            throw EventStoreError(path: path, problem: .inconsistent("event \(sequence) has the unknown channel '\(channelName)' or kind '\(kindName)'"))
        }
        let count: Int64? = row[13]
        let event = GuideEvent(
            session: row[1], procedure: row[3], procedureVersion: row[4], step: row[10], kind: kind, time: row[2], channel: channel,
            site: row[6], terminal: row[7], locale: row[8], value: row[11], reason: row[12], count: count.map { Int($0) })
        return SiteEvent(sequence: sequence, event: event)
    }
}
