public import EventLog
import PostgresNIO
public import ProcedureModel

extension PostgresEventStore: CodedEventSource {
    /// `parts` runs of sessions read at once, each on a connection of its own (so on as many server
    /// processes, and decoded on as many threads here), all in one snapshot of the log: the first
    /// connection exports its snapshot and the others take it, so every run sees the same appends.
    ///
    /// Runs are ranges of session numbers, the leading column of the index the events are read by;
    /// each run reads its range of that index as it stands.
    public func fold<Part: Sendable>(
        matching filter: EventFilter, parts: Int, start: @escaping @Sendable () -> Part,
        add: @escaping @Sendable (inout Part, GuideEvent) -> Void
    ) async throws -> [Part] {
        let logger = database.logger
        let place = self.place
        return try await inRuns(
            parts, shared: { _ in },
            read: { run, _, connection in
                var part = start()
                try await Self.read(Self.eventsQuery(matching: filter, sessions: run), on: connection, place: place, logger: logger) {
                    add(&part, $0)
                }
                return part
            })
    }

    /// The same runs, each chunk of events handed to `add` as ids (``CodedEvents``): four integers
    /// an event, read from the report-order index alone, and the two small tables they refer to,
    /// read once in the same snapshot.
    public func foldCoded<Part: Sendable>(
        matching filter: EventFilter, parts: Int, start: @escaping @Sendable () -> Part,
        add: @escaping @Sendable (inout Part, CodedEvents) -> Void
    ) async throws -> [Part] {
        let logger = database.logger
        let place = self.place
        return try await inRuns(
            parts, shared: { try await EventCodeTables.read(on: $0, place: place, logger: logger) },
            read: { run, tables, connection in
                var part = start()
                let query = Self.codedQuery(matching: filter, sessions: run, contexts: tables.contexts(matching: filter))
                try await tables.read(query, on: connection, logger: logger) { add(&part, $0) }
                return part
            })
    }

    /// `read` called for each run of sessions, all in one snapshot; `shared` is read first, in that
    /// snapshot, and handed to every run.
    private func inRuns<Part: Sendable, Shared: Sendable>(
        _ parts: Int, shared: @escaping @Sendable (PostgresConnection) async throws -> Shared,
        read: @escaping @Sendable (SessionRange, Shared, PostgresConnection) async throws -> Part
    ) async throws -> [Part] {
        let logger = database.logger
        let place = self.place
        return try await database.withTransaction { connection in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
            var snapshot = ""
            var numbers: (low: Int64?, high: Int64?) = (nil, nil)
            let rows = try await connection.query("SELECT pg_export_snapshot(), min(number), max(number) FROM session", logger: logger)
            for try await (name, low, high) in rows.decode((String, Int64?, Int64?).self) {
                snapshot = name
                numbers = (low, high)
            }
            let runs = SessionRuns.split(low: numbers.low, high: numbers.high, into: parts)
            let snapshotName = snapshot
            let common = try await shared(connection)
            return try await withThrowingTaskGroup(of: (Int, Part).self) { group in
                for (index, run) in runs.enumerated() {
                    group.addTask {
                        if index == 0 { return (index, try await read(run, common, connection)) }
                        return try await self.database.withTransaction { other in
                            try await other.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
                            try await other.query(try SessionRuns.importing(snapshotName, place: place), logger: logger)
                            return (index, try await read(run, common, other))
                        }
                    }
                }
                var folded: [(Int, Part)] = []
                for try await part in group { folded.append(part) }
                return folded.sorted { $0.0 < $1.0 }.map(\.1)
            }
        }
    }

    /// The events `query` brings, one by one.
    static func read(
        _ query: PostgresQuery, on connection: PostgresConnection, place: String, logger: Logger, _ body: (GuideEvent) throws -> Void
    ) async throws {
        let rows = try await connection.query(query, logger: logger)
        var reader = EventRowReader(place: place)
        for try await row in rows {
            try body(try reader.event(from: row))
        }
    }
}

/// Ranges of session numbers, for reading a log in several runs at once.
enum SessionRuns {
    /// `parts` ranges of about as many session numbers from `low` to `high`, in order; the first has
    /// no lower bound and the last no upper one, so together they hold every session whatever its
    /// number. One range of everything when there are fewer sessions than parts.
    static func split(low: Int64?, high: Int64?, into parts: Int) -> [SessionRange] {
        guard parts > 1, let low, let high, high - low + 1 >= Int64(parts) else { return [SessionRange()] }
        let count = high - low + 1
        let bounds = (1..<parts).map { low + count * Int64($0) / Int64(parts) }
        return (0..<parts).map { index in
            SessionRange(from: index == 0 ? nil : bounds[index - 1], below: index == parts - 1 ? nil : bounds[index])
        }
    }

    /// The statement that makes a transaction take the snapshot `name` exported. A snapshot's name is
    /// made by the server of hexadecimal digits and dashes; it is checked so, as `SET` takes no bound value.
    static func importing(_ name: String, place: String) throws -> PostgresQuery {
        guard !name.isEmpty, name.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw PostgresStoreError(place: place, problem: .inconsistent("the server exported a snapshot named \(name)"))
        }
        return PostgresQuery(unsafeSQL: "SET TRANSACTION SNAPSHOT '\(name)'")
    }
}

/// The sessions numbered from `from` (inclusive) to `below` (exclusive); `nil` leaves that side open.
struct SessionRange: Hashable, Sendable {
    var from: Int64?
    var below: Int64?
}
