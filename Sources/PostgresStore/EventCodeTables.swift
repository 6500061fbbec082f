import EventLog
import NIOCore
import PostgresNIO
import ProcedureModel

/// The tables `event_context` and `event_happening` as a coded fold reads them: arrays indexed by id
/// (``StoredContext/missing`` and ``StoredHappening/missing`` where no row has the id), and the
/// rows of a coded query turned into ``CodedEvents``.
struct EventCodeTables: Sendable {
    let place: String
    let contexts: [StoredContext]
    let happenings: [StoredHappening]

    /// Events handed to a fold at once.
    private static let chunk = 4_096

    /// Both tables as `connection`'s transaction sees them. A row this build cannot read (a channel or
    /// kind it does not know) stays missing: an event that refers to it is then refused by name.
    static func read(on connection: PostgresConnection, place: String, logger: Logger) async throws -> EventCodeTables {
        var contexts: [StoredContext] = []
        for (id, context) in try await rows(of: .contexts, on: connection, logger: logger) { put(StoredContext(context), at: id, in: &contexts) }
        var happenings: [StoredHappening] = []
        for (id, happening) in try await rows(of: .happenings, on: connection, logger: logger) {
            put(StoredHappening(happening), at: id, in: &happenings)
        }
        return EventCodeTables(place: place, contexts: contexts, happenings: happenings)
    }

    private static func rows<Row: CodedRow>(of table: CodedTable<Row>, on connection: PostgresConnection, logger: Logger) async throws -> [(Int32, Row)] {
        var read: [(Int32, Row)] = []
        let query = PostgresQuery(unsafeSQL: "SELECT id, \(table.columns.joined(separator: ", ")) FROM \(table.name)")
        for try await row in try await connection.query(query, logger: logger) {
            let (id, value) = try Row.read(row)
            if let value { read.append((id, value)) }
        }
        return read
    }

    /// Puts `row` at index `id` of `table`, growing it with missing rows. Ids come from an identity
    /// column, so start at 1; a row with another id stays out (an event naming it is then refused).
    private static func put<Row>(_ row: Row, at id: Int32, in table: inout [Row]) where Row: StoredRow {
        guard id >= 1 else { return }
        let index = Int(id)
        if table.count <= index { table.append(contentsOf: repeatElement(Row.missing, count: index + 1 - table.count)) }
        table[index] = row
    }

    /// The ids of the contexts `filter` keeps, or `nil` when it keeps every context (its time bounds
    /// are the query's own).
    func contexts(matching filter: EventFilter) -> [Int32]? {
        guard filter.procedure != nil || filter.channel != nil || filter.site != nil || filter.locale != nil else { return nil }
        return contexts.indices.filter { contexts[$0].matches(filter) }.map(Int32.init)
    }

    /// The sessions of a ``PostgresEventStore/codedQuery(matching:sessions:contexts:)`` handed to
    /// `body` in chunks of events, each session's events in order of time and arrival.
    func read(_ query: PostgresQuery, on connection: PostgresConnection, logger: Logger, _ body: (CodedEvents) throws -> Void) async throws {
        let place = self.place
        let missing = { (table: String, id: Int64) -> any Error in
            PostgresStoreError(place: place, problem: .inconsistent("an event refers to the missing \(table) \(id)"))
        }
        var rows: [Int64] = []
        rows.reserveCapacity(Self.chunk * 4 + 1_024)
        var session = PackedSession()
        for try await row in try await connection.query(query, logger: logger) {
            var cells = row.makeIterator()
            guard let numberCell = cells.next(), numberCell.format == .binary, let numberBytes = numberCell.bytes, numberBytes.readableBytes == 8,
                let number = numberBytes.getInteger(at: numberBytes.readerIndex, as: Int64.self), let packedCell = cells.next(),
                packedCell.format == .binary, let packed = packedCell.bytes, packed.readableBytes % PackedSession.width == 0
            else {
                throw PostgresStoreError(place: place, problem: .inconsistent("a row of the coded event query is not a session and its packed events"))
            }
            session.unpack(packed)
            session.append(number, to: &rows)
            if rows.count >= Self.chunk * 4 {
                try body(try CodedEvents(rows: rows, contexts: contexts, happenings: happenings, missing: missing))
                rows.removeAll(keepingCapacity: true)
            }
        }
        if !rows.isEmpty { try body(try CodedEvents(rows: rows, contexts: contexts, happenings: happenings, missing: missing)) }
    }
}

/// One session's events as the coded query packs them, put back in order of time and arrival.
struct PackedSession {
    struct Event {
        var time: Int64
        var seq: Int64
        var context: Int32
        var happening: Int32
    }

    /// Bytes an event: time and seq (`int8`), context and happening ids (`int4`), big-endian.
    static let width = 24
    private var events: [Event] = []

    /// Reads `packed` in place of the session before.
    mutating func unpack(_ packed: ByteBuffer) {
        events.removeAll(keepingCapacity: true)
        packed.withUnsafeReadableBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                events.append(
                    Event(
                        time: Int64(bigEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self)),
                        seq: Int64(bigEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: Int64.self)),
                        context: Int32(bigEndian: bytes.loadUnaligned(fromByteOffset: offset + 16, as: Int32.self)),
                        happening: Int32(bigEndian: bytes.loadUnaligned(fromByteOffset: offset + 20, as: Int32.self))))
                offset += Self.width
            }
        }
        let inOrder = zip(events, events.dropFirst()).allSatisfy { ($0.time, $0.seq) < ($1.time, $1.seq) }
        if !inOrder { events.sort { ($0.time, $0.seq) < ($1.time, $1.seq) } }
    }

    /// Adds the events as ``CodedEvents`` rows of session `number`.
    func append(_ number: Int64, to rows: inout [Int64]) {
        for event in events {
            rows.append(number)
            rows.append(event.time)
            rows.append(Int64(event.context))
            rows.append(Int64(event.happening))
        }
    }
}

/// A row of a table of ids, with the row that stands where no row has an id.
protocol StoredRow {
    static var missing: Self { get }
}

extension StoredContext: StoredRow {}
extension StoredHappening: StoredRow {}
