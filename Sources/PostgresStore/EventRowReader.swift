import NIOCore
import PostgresNIO
import ProcedureModel

/// Turns the rows of ``PostgresEventStore/eventsQuery(matching:)`` into events, cell by cell.
///
/// The hot path of a report from PostgreSQL: a million events bring thirteen million cells. Most
/// text cells repeat the cell above (a session's procedure, site, terminal and locale) or one of a
/// few values (steps, kinds, answers), so each text column keeps the strings it has already made
/// and reuses one when the bytes are the same, as the SQLite store shares one name per id: no
/// string is built twice and no kind is parsed twice. The columns must come in ``columns`` order.
struct EventRowReader {
    /// The columns read, in the order the reader takes them.
    static let columns = [
        "session", "procedure", "procedure_version", "step", "kind", "time", "channel", "site", "terminal", "locale",
        "value", "reason", "count",
    ]

    let place: String
    private var session = CellValues<String>(remembered: 0)
    private var procedure = CellValues<String>()
    private var version = CellValues<String>()
    private var step = CellValues<String>()
    private var kind = CellValues<GuideEvent.Kind>()
    private var channel = CellValues<ProcedureModel.Channel>()
    private var site = CellValues<String>()
    private var terminal = CellValues<String>()
    private var locale = CellValues<String>()
    private var value = CellValues<String>()
    private var reason = CellValues<String>()

    init(place: String) {
        self.place = place
    }

    mutating func event(from row: PostgresRow) throws -> GuideEvent {
        let place = self.place
        func problem(_ text: String) -> PostgresStoreError {
            PostgresStoreError(place: place, problem: .inconsistent(text))
        }
        var cells = row.makeIterator()
        func next() throws -> PostgresCell {
            guard let cell = cells.next() else { throw problem("a row of the event query has too few columns") }
            return cell
        }
        func required<Value>(_ value: Value?, _ column: String) throws -> Value {
            guard let value else { throw problem("an event without \(column)") }
            return value
        }
        let session = try required(try self.session.value(of: try next(), String.init(buffer:)), "session")
        let procedure = try required(try self.procedure.value(of: try next(), String.init(buffer:)), "procedure")
        let version = try required(try self.version.value(of: try next(), String.init(buffer:)), "procedure version")
        let step = try self.step.value(of: try next(), String.init(buffer:))
        let kindValue = try self.kind.value(of: try next()) { bytes in
            guard let kind = GuideEvent.Kind(rawValue: String(buffer: bytes)) else {
                throw problem("unknown event kind \(String(buffer: bytes))")
            }
            return kind
        }
        let kind = try required(kindValue, "kind")
        let time = try Self.integer(try next(), as: Int64.self)
        let channelValue = try self.channel.value(of: try next()) { bytes in
            guard let channel = ProcedureModel.Channel(rawValue: String(buffer: bytes)) else {
                throw problem("unknown channel \(String(buffer: bytes))")
            }
            return channel
        }
        let channel = try required(channelValue, "channel")
        let site = try self.site.value(of: try next(), String.init(buffer:))
        let terminal = try self.terminal.value(of: try next(), String.init(buffer:))
        let locale = try required(try self.locale.value(of: try next(), String.init(buffer:)), "locale")
        let value = try self.value.value(of: try next(), String.init(buffer:))
        let reason = try self.reason.value(of: try next(), String.init(buffer:))
        let countCell = try next()
        let count = countCell.bytes == nil ? nil : Int(try Self.integer(countCell, as: Int32.self))
        return GuideEvent(
            session: session, procedure: procedure, procedureVersion: version, step: step, kind: kind, time: time,
            channel: channel, site: site, terminal: terminal, locale: locale, value: value, reason: reason, count: count)
    }

    /// An integer column: read straight from its binary form, as postgres-nio asks for it.
    private static func integer<Value: FixedWidthInteger & PostgresDecodable>(_ cell: PostgresCell, as type: Value.Type) throws -> Value {
        if cell.format == .binary, let bytes = cell.bytes, bytes.readableBytes == MemoryLayout<Value>.size,
            let value = bytes.getInteger(at: bytes.readerIndex, as: Value.self)
        {
            return value
        }
        return try cell.decode(Value.self)
    }
}

/// The values one text column has brought so far, by their bytes: the one of the row above first,
/// then up to ``remembered`` others (a column of free values would otherwise grow without end).
private struct CellValues<Value> {
    private var lastBytes: ByteBuffer?
    private var last: Value?
    private var known: [ByteBuffer: Value] = [:]
    private let remembered: Int

    init(remembered: Int = 4096) {
        self.remembered = remembered
    }

    /// The cell's value, `nil` for SQL NULL.
    mutating func value(of cell: PostgresCell, _ make: (ByteBuffer) throws -> Value) throws -> Value? {
        guard let bytes = cell.bytes else { return nil }
        if let last, bytes == lastBytes { return last }
        let value: Value
        if let found = known[bytes] {
            value = found
        } else {
            value = try make(bytes)
            // A copy of the bytes alone: the cell shares the buffer of everything read with it.
            if known.count < remembered { known[ByteBuffer(bytes: bytes.readableBytesView)] = value }
        }
        // The cell itself: it keeps the buffer read with it alive only until the value changes.
        lastBytes = bytes
        last = value
        return value
    }
}
