import PostgresNIO
import ProcedureModel

/// The numbers of a batch's sessions, given by the `session` table in the order sessions first
/// arrive: the order a report lists them in (see ``PostgresSchema``), carried by every event row.
enum SessionNumbers {
    /// Numbers the sessions of `events` not seen yet, in the order they first come in the batch, and
    /// returns every session's number. One statement; run again only when another append numbered one
    /// of the same sessions at the same moment (its row was not committed when this one began, so
    /// this one neither numbered it nor saw it).
    static func of(
        _ events: some Collection<GuideEvent>, on connection: PostgresConnection, logger: Logger, place: String
    ) async throws -> [String: Int64] {
        var keys: [String] = []
        var seen = Set<String>()
        for event in events where seen.insert(event.session).inserted { keys.append(event.session) }
        var numbers: [String: Int64] = [:]
        numbers.reserveCapacity(keys.count)
        for _ in 0..<3 {
            let missing = keys.filter { numbers[$0] == nil }
            guard !missing.isEmpty else { return numbers }
            // The rows a data-modifying WITH adds are invisible to the rest of its statement: the new
            // sessions come from RETURNING, the known ones from the table, each once.
            let rows = try await connection.query(
                """
                WITH given AS (SELECT key, position FROM unnest(\(missing)::text[]) WITH ORDINALITY AS u(key, position)),
                added AS (
                    INSERT INTO session (key) SELECT key FROM given ORDER BY position
                    ON CONFLICT (key) DO NOTHING RETURNING key, number)
                SELECT key, number FROM added
                UNION ALL SELECT s.key, s.number FROM session s JOIN given g ON g.key = s.key
                """, logger: logger)
            for try await (key, number) in rows.decode((String, Int64).self) { numbers[key] = number }
        }
        guard keys.allSatisfy({ numbers[$0] != nil }) else {
            throw PostgresStoreError(place: place, problem: .inconsistent("sessions of an append left without a number after three tries"))
        }
        return numbers
    }
}
