public import EventLog
import NIOCore
import PostgresNIO
public import ProcedureModel
import Synchronization

/// The central event log: PostgreSQL through postgres-nio, for many kiosks and sites.
///
/// One flat, month-partitioned table (see ``PostgresSchema``). An append is one `COPY` of every
/// event of the batch with its session's number, given in the order sessions first arrive, committed
/// when it returns; the `seq` column counts arrival order. Sessions come out of a walk in the order
/// of their numbers, as in the SQLite store.
///
/// ```swift
/// let store = try await PostgresEventStore(url: PostgresURL("postgres://ariane@db:5432/ariane"))
/// try await store.append(events)
/// ```
public final class PostgresEventStore: EventStore {
    public let database: PostgresPool
    /// The months whose partition this process has made sure of; forgotten when a purge drops one.
    let partitions = Mutex(Set<MonthPartition>())
    /// The numbers this process gives sessions (see ``SessionNumbers``).
    let sessionNumbers = SessionNumbers()
    /// The ids this process gives events' contexts and happenings (see ``EventCodes``).
    let eventCodes = EventCodes()

    /// Connects and brings the schema up to date; throws ``PostgresStoreError``.
    public convenience init(url: PostgresURL) async throws {
        self.init(database: try await PostgresPool(url: url))
    }

    public init(database: PostgresPool) {
        self.database = database
    }

    /// Stops the connection pool; later calls throw.
    public func close() {
        database.close()
    }

    var place: String { database.url.description }

    // MARK: Appending

    public func append(_ events: [GuideEvent]) async throws {
        guard !events.isEmpty else { return }
        try await makePartitions(for: events)
        try await database.withConnection { connection in
            try await self.copy(events, on: connection, logger: self.database.logger)
        }
    }

    /// One `COPY` of `events`: one statement, so all of them or none, with their sessions' numbers.
    func copy(_ events: some Collection<GuideEvent>, on connection: PostgresConnection, logger: Logger) async throws {
        let sessions = try await sessionNumbers.of(events, on: connection, logger: logger)
        let codes = try await eventCodes.of(events, on: connection, logger: logger, place: place)
        var buffer = ByteBuffer()
        buffer.reserveCapacity(events.count * 146)
        try EventCopyRows.write(events, sessions: sessions, codes: codes, into: &buffer)
        try await connection.copyFrom(table: "event", columns: EventCopyRows.columns, logger: logger) { writer in
            try await writer.write(buffer)
        }
    }

    /// Creates the month partitions `events` fall in, if this process has not seen them yet.
    func makePartitions(for events: [GuideEvent]) async throws {
        var months = Set<MonthPartition>()
        var last: MonthPartition?
        for event in events {
            // Events of a batch mostly share a month: skip the calendar when the time is inside the last one.
            if let last, event.time >= last.start, event.time < last.end { continue }
            let month = MonthPartition(containing: event.time)
            months.insert(month)
            last = month
        }
        let missing = partitions.withLock { months.subtracting($0) }
        guard !missing.isEmpty else { return }
        try await database.withTransaction { connection in
            // Two processes creating the same partition at once would collide in the catalogue.
            try await connection.query("SELECT pg_advisory_xact_lock(4152494101)", logger: self.database.logger)
            for month in missing {
                try await connection.query(PostgresQuery(unsafeSQL: month.createStatement), logger: self.database.logger)
            }
        }
        partitions.withLock { $0.formUnion(missing) }
    }
}
