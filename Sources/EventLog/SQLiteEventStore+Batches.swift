public import ProcedureModel

extension SQLiteEventStore {
    /// The events of ``forEachEvent(matching:_:)``, `size` at a time, for a `body` that suspends.
    ///
    /// The rows are read in a child task, two chunks ahead of `body` at most, in one read
    /// transaction: memory holds a chunk and the batches made from it, however large the log.
    /// When this returns or throws, the read transaction is over.
    public func forEachBatch(matching filter: EventFilter, size: Int, _ body: ([GuideEvent]) async throws -> Void) async throws {
        let size = max(1, size)
        var batch: [GuideEvent] = []
        batch.reserveCapacity(size)
        do {
            try await EventPipeline.forEachChunk(in: pool, path: path, matching: filter) { chunk, assembler in
                var full: [[GuideEvent]] = []
                try assembler.assemble(chunk) { event in
                    batch.append(event)
                    guard batch.count == size else { return }
                    full.append(batch)
                    batch = []
                    batch.reserveCapacity(size)
                }
                for ready in full {
                    try Task.checkCancellation()
                    try await body(ready)
                }
            }
            if !batch.isEmpty {
                try Task.checkCancellation()
                try await body(batch)
            }
        } catch {
            throw StoreFile.storeError(error, path: path)
        }
    }
}
