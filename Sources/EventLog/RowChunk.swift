/// Where a walk of the `event` table has got to: the key of the last row read.
///
/// The table is clustered by this key, so the next chunk starts with one seek, in whatever
/// transaction reads it.
struct RowPosition: Sendable, Equatable {
    var session: Int64
    var time: Int64
    var seq: Int64

    /// Before the first row.
    static let start = RowPosition(session: .min, time: .min, seq: .min)
}

/// Rows of the event walk, as integers: `session, time, context, happening` for each row, and the
/// key of each session that begins in the chunk, in order.
struct RowChunk: Sendable {
    static let rowsPerChunk = 8_192
    var rows: [Int64] = []
    var keys: [String] = []
    /// The last row's key: the next chunk starts after it.
    var end = RowPosition.start

    init() { rows.reserveCapacity(4 * Self.rowsPerChunk) }

    /// A full chunk may have rows after it; a shorter one is the last.
    var isFull: Bool { rows.count >= 4 * Self.rowsPerChunk }
}
