import Foundation

/// Rows of the event walk, as integers: `session, time, context, happening` for each row, and the
/// key of each session that begins in the chunk, in order.
struct RowChunk: Sendable {
    static let rowsPerChunk = 8_192
    var rows: [Int64] = []
    var keys: [String] = []

    init() { rows.reserveCapacity(4 * Self.rowsPerChunk) }

    var isFull: Bool { rows.count >= 4 * Self.rowsPerChunk }
}

/// Hands chunks of rows from the thread that reads SQLite to the thread that builds events.
///
/// A few chunks at most wait in between, so memory stays flat; either side can stop the other:
/// the reader by finishing (with an error or not), the builder by cancelling.
final class RowChannel: @unchecked Sendable {
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var reader: EventReader?
    private var chunks: [RowChunk] = []
    private var producing = true
    private var failure: (any Error)?
    private var cancelled = false
    private static let capacity = 3

    /// The tables read in the same transaction as the rows, for the builder.
    func start(with reader: EventReader) {
        locked { self.reader = reader }
    }

    /// Waits for room; `false` when the builder has stopped and no more rows are wanted.
    func put(_ chunk: RowChunk) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= Self.capacity, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        chunks.append(chunk)
        condition.broadcast()
        return true
    }

    /// The reading thread is done, with `error` if it failed.
    func finish(_ error: (any Error)?) {
        locked {
            producing = false
            failure = error
        }
    }

    /// The builder has stopped: the reading thread stops at its next chunk.
    func cancel() {
        locked { cancelled = true }
    }

    /// The tables, once the reading thread has them; `nil` if it finished without any.
    func tables() throws -> EventReader? {
        condition.lock()
        defer { condition.unlock() }
        while reader == nil, producing { condition.wait() }
        if reader == nil, let failure { throw failure }
        return reader
    }

    /// The next chunk, or `nil` at the end; throws the reading thread's error.
    func take() throws -> RowChunk? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty, producing { condition.wait() }
        if !chunks.isEmpty {
            condition.broadcast()
            return chunks.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// Returns once the reading thread has finished, so its read transaction is over.
    func waitForReader() {
        condition.lock()
        defer { condition.unlock() }
        while producing { condition.wait() }
    }

    private func locked(_ change: () -> Void) {
        condition.lock()
        change()
        condition.broadcast()
        condition.unlock()
    }
}
