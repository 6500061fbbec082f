/// Where a walk of the `event` table has got to: the last session read (chunks end with a session).
///
/// The table is clustered by session, so the next chunk starts with one seek, in whatever
/// transaction reads it, and with no condition to test on each row.
struct RowPosition: Sendable, Equatable {
    var session: Int64

    /// Before the first row.
    static let start = RowPosition(session: .min)
}

/// A run of whole sessions: those after `after` up to `last` included (`nil`: to the end of the log).
struct SessionRun: Sendable, Equatable {
    var after = RowPosition.start
    var last: Int64?

    /// Every session.
    static let all = SessionRun()
}

/// Rows of the event walk, as integers: `session, time, context, happening` for each row, and the
/// key of each session that begins in the chunk, in order.
struct RowChunk: Sendable {
    static let rowsPerChunk = 8_192
    var rows: [Int64] = []
    var keys: [String] = []
    /// The last row's session: the next chunk starts after it.
    var end = RowPosition.start

    // With room for the end of the last session: growing the array would copy it.
    init() { rows.reserveCapacity(4 * (Self.rowsPerChunk + 1_024)) }

    /// A full chunk (``rowsPerChunk`` rows or more, up to the end of a session) may have rows
    /// after it; a shorter one is the last.
    var isFull: Bool { rows.count >= 4 * Self.rowsPerChunk }
}
