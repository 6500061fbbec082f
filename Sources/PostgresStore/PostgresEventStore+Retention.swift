import EventLog
import PostgresNIO
public import ProcedureModel
import Synchronization

extension PostgresEventStore {
    /// Deletes every event before `time` (ms since 1970); returns how many.
    ///
    /// A month entirely before the cut is dropped as a whole partition (its disk is freed at once,
    /// nothing is left for `VACUUM`); the rows of the month the cut falls in are deleted. Sessions
    /// left without any event are forgotten. One transaction: all of it or nothing.
    public func purge(before time: MillisecondsSince1970) async throws -> Int {
        let logger = database.logger
        let dropped = try await database.withTransaction { connection in
            var deleted = 0
            var dropped: [MonthPartition] = []
            let rows = try await connection.query(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'event'::regclass AND c.relkind = 'r'",
                logger: logger)
            var months: [MonthPartition] = []
            for try await name in rows.decode(String.self) {
                if let month = MonthPartition(tableName: name) { months.append(month) }
            }
            for month in months where month.end <= time {
                deleted += try await Self.single(
                    try await connection.query(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(month.tableName)"), logger: logger))
                try await connection.query(PostgresQuery(unsafeSQL: "DROP TABLE \(month.tableName)"), logger: logger)
                dropped.append(month)
            }
            deleted += try await Self.single(
                try await connection.query(
                    "WITH gone AS (DELETE FROM event WHERE time < \(time) RETURNING 1) SELECT count(*) FROM gone", logger: logger))
            if deleted > 0 {
                try await connection.query(
                    "DELETE FROM session s WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.session_number = s.number)", logger: logger)
            }
            return (deleted, dropped)
        }
        partitions.withLock { $0.subtract(dropped.1) }
        // The sessions it forgot may be among those this process remembers: they get numbers again.
        sessionNumbers.forget()
        return dropped.0
    }

    /// The one integer a `count(*)` returns.
    static func single(_ rows: PostgresRowSequence) async throws -> Int {
        var value = 0
        for try await count in rows.decode(Int.self) { value = count }
        return value
    }
}
