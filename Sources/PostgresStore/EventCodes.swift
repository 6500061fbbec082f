import EventLog
import PostgresNIO
import ProcedureModel
import Synchronization

/// The ids of events' contexts and happenings (``PostgresSchema/codeEvents``), which every event row
/// of a `COPY` carries.
///
/// Like ``SessionNumbers``, it costs no round trip once warm: the store remembers the ids it has
/// seen. A batch with contexts or happenings this process has not seen yet first adds them (or finds
/// them, when another process did), in statements committed on their own: an id no event uses
/// harms nothing, and a failed `COPY` then leaves nothing else behind.
final class EventCodes: Sendable {
    private struct State {
        var contexts: [EventContext: Int32] = [:]
        var happenings: [EventHappening: Int32] = [:]
    }

    /// Past this many, a table's remembered ids are forgotten (and found again as batches need them).
    private static let remembered = 100_000
    private let state = Mutex(State())

    /// Each event's context and happening ids, in the order of `events`.
    func of(
        _ events: some Collection<GuideEvent>, on connection: PostgresConnection, logger: Logger, place: String
    ) async throws -> [(context: Int32, happening: Int32)] {
        let contexts = events.map(EventContext.init)
        let happenings = events.map(EventHappening.init)
        // A row another process adds while this one looks is not seen by the same statement: looked for again.
        for attempt in 1...4 {
            let (ids, missing) = state.withLock { state in
                var ids: [(context: Int32, happening: Int32)] = []
                ids.reserveCapacity(contexts.count)
                var missing: (contexts: Set<EventContext>, happenings: Set<EventHappening>) = ([], [])
                for (context, happening) in zip(contexts, happenings) {
                    let contextID = state.contexts[context]
                    let happeningID = state.happenings[happening]
                    if contextID == nil { missing.contexts.insert(context) }
                    if happeningID == nil { missing.happenings.insert(happening) }
                    ids.append((contextID ?? 0, happeningID ?? 0))
                }
                return (ids, missing)
            }
            if missing.contexts.isEmpty && missing.happenings.isEmpty { return ids }
            if attempt == 4 { break }
            let contextIDs = try await Self.find(missing.contexts, in: .contexts, on: connection, logger: logger)
            let happeningIDs = try await Self.find(missing.happenings, in: .happenings, on: connection, logger: logger)
            state.withLock { state in
                if state.contexts.count + contextIDs.count > Self.remembered { state.contexts.removeAll(keepingCapacity: true) }
                if state.happenings.count + happeningIDs.count > Self.remembered { state.happenings.removeAll(keepingCapacity: true) }
                state.contexts.merge(contextIDs) { old, _ in old }
                state.happenings.merge(happeningIDs) { old, _ in old }
            }
        }
        throw PostgresStoreError(place: place, problem: .inconsistent("the ids of new contexts or happenings were not found after adding them"))
    }

    /// Adds the `missing` rows of `table` (those already there are kept) and reads back the ids of all
    /// of them that this statement sees.
    private static func find<Row: CodedRow>(
        _ missing: Set<Row>, in table: CodedTable<Row>, on connection: PostgresConnection, logger: Logger
    ) async throws -> [Row: Int32] {
        var found: [Row: Int32] = [:]
        let all = Array(missing)
        // At most a thousand rows a statement: well under the 65 535 bound values a statement takes.
        for start in stride(from: 0, to: all.count, by: 1_000) {
            var binds = PostgresBindings()
            var values: [String] = []
            for row in all[start..<min(start + 1_000, all.count)] {
                let first = binds.count
                row.bind(into: &binds)
                values.append("(" + table.types.enumerated().map { "$\(first + $0.offset + 1)::\($0.element)" }.joined(separator: ", ") + ")")
            }
            let columns = table.columns.joined(separator: ", ")
            let query = PostgresQuery(
                unsafeSQL: """
                    WITH wanted (\(columns)) AS (VALUES \(values.joined(separator: ", "))),
                    added AS (INSERT INTO \(table.name) (\(columns)) SELECT \(columns) FROM wanted ON CONFLICT (key) DO NOTHING
                        RETURNING id, \(columns))
                    SELECT id, \(columns) FROM added
                    UNION ALL
                    SELECT id, \(columns) FROM \(table.name) WHERE key IN (SELECT \(table.key)(\(columns)) FROM wanted)
                    """, binds: binds)
            for try await row in try await connection.query(query, logger: logger) {
                let (id, value) = try Row.read(row)
                if let value { found[value] = id }
            }
        }
        return found
    }
}

/// One of the two tables of ids: its name, columns (after `id`) with their types, and key function.
struct CodedTable<Row: CodedRow> {
    let name: String
    let columns: [String]
    let types: [String]
    let key: String

}

extension CodedTable where Row == EventContext {
    static var contexts: CodedTable {
        CodedTable(
            name: "event_context", columns: ["procedure", "procedure_version", "channel", "site", "terminal", "locale"],
            types: ["text", "text", "text", "text", "text", "text"], key: "ariane_context_key")
    }
}

extension CodedTable where Row == EventHappening {
    static var happenings: CodedTable {
        CodedTable(
            name: "event_happening", columns: ["kind", "step", "value", "reason", "count"], types: ["text", "text", "text", "text", "integer"],
            key: "ariane_happening_key")
    }
}

/// A row of a ``CodedTable``: bound in its columns' order, read back after its id.
protocol CodedRow: Hashable, Sendable {
    func bind(into binds: inout PostgresBindings)
    /// The id and the row, `nil` for a row this build cannot read (an unknown channel or kind).
    static func read(_ row: PostgresRow) throws -> (Int32, Self?)
}

extension EventContext: CodedRow {
    func bind(into binds: inout PostgresBindings) {
        binds.append(procedure)
        binds.append(version)
        binds.append(channel.rawValue)
        binds.append(site)
        binds.append(terminal)
        binds.append(locale)
    }

    static func read(_ row: PostgresRow) throws -> (Int32, EventContext?) {
        let (id, procedure, version, channel, site, terminal, locale) = try row.decode((Int32, String, String, String, String?, String?, String).self)
        return (
            id,
            Channel(rawValue: channel).map {
                EventContext(procedure: procedure, version: version, channel: $0, site: site, terminal: terminal, locale: locale)
            }
        )
    }
}

extension EventHappening: CodedRow {
    func bind(into binds: inout PostgresBindings) {
        binds.append(kind.rawValue)
        binds.append(step)
        binds.append(value)
        binds.append(reason)
        binds.append(count.map(Int32.init(clamping:)))
    }

    static func read(_ row: PostgresRow) throws -> (Int32, EventHappening?) {
        let (id, kind, step, value, reason, count) = try row.decode((Int32, String, String?, String?, String?, Int32?).self)
        return (id, GuideEvent.Kind(rawValue: kind).map { EventHappening(kind: $0, step: step, value: value, reason: reason, count: count.map(Int.init)) })
    }
}
