import AsyncAlgorithms
import GRDB
import ProcedureModel

/// Reads events with both cores: SQLite's rows in a child task, ``GuideEvent``s in the calling task.
///
/// Decoding rows is most of the cost of a report; with the caller's own work (counting, grouping)
/// on the other core, a walk over millions of events takes the longer of the two, not their sum.
/// The rows are read by GRDB on its own reader thread (the child task only awaits it), so the
/// cooperative pool's few threads never wait for the disk.
enum EventPipeline {
    /// Calls `consume` in the calling task with every chunk of rows matching `filter`, and the
    /// assembler that turns them into events, while the next chunk is being read.
    ///
    /// All chunks come from one snapshot of the log. When this returns or throws (an error of
    /// `consume` included), the reading task is over and so is its read transaction.
    static func forEachChunk(
        in pool: DatabasePool, path: String, matching filter: EventFilter,
        _ consume: (RowChunk, inout EventAssembler) async throws -> Void
    ) async throws {
        // A snapshot keeps one read transaction open across the separate reads of the chunks; it
        // ends when the snapshot is released, at the end of this scope.
        try await forEachChunk(in: pool.makeSnapshot(), path: path, matching: filter, sessions: .all, consume)
    }

    /// The same for the sessions of `run` only, read from `snapshot` (one connection: two runs read
    /// from two snapshots are read at once); without `keys`, the chunks hold no session key (see
    /// ``EventReader/chunk(in:matching:after:through:keys:)``) and the assembler must not be used.
    static func forEachChunk(
        in snapshot: DatabaseSnapshot, path: String, matching filter: EventFilter, sessions run: SessionRun, keys: Bool = true,
        _ consume: (RowChunk, inout EventAssembler) async throws -> Void
    ) async throws {
        let reader = try await snapshot.read { db in try EventReader(db, path: path) }
        var assembler = EventAssembler(reader)
        // `send` waits for the caller to take the chunk; meanwhile the next one is already being
        // read, so GRDB's reader thread does not wait for the hand-over.
        let chunks = AsyncChannel<RowChunk>()
        @Sendable func read(after position: RowPosition?) async throws -> RowChunk? {
            guard let position else { return nil }
            return try await snapshot.read { db in try reader.chunk(in: db, matching: filter, after: position, through: run.last, keys: keys) }
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { chunks.finish() }
                var next = try await read(after: run.after)
                while let chunk = next {
                    async let following = read(after: chunk.isFull ? chunk.end : nil)
                    await chunks.send(chunk)
                    // A cancelled send hands nothing over: the walk must not look finished.
                    try Task.checkCancellation()
                    next = try await following
                }
            }
            do {
                for await chunk in chunks { try await consume(chunk, &assembler) }
            } catch {
                // The reader may be waiting in `send`: cancelling it ends its wait and its walk.
                group.cancelAll()
                throw error
            }
            // The reader's own error, if it failed.
            try await group.waitForAll()
        }
    }
}
