import Foundation
public import ProcedureModel

extension SQLiteEventStore {
    /// The events of ``forEachEvent(matching:_:)``, `size` at a time, for a `body` that suspends.
    ///
    /// The walk runs on a thread of its own, in one read transaction, and waits whenever
    /// ``BatchChannel/capacity`` batches are ready and `body` has not taken them: memory holds a few
    /// batches, however large the log. When this returns or throws, the read transaction is over.
    public func forEachBatch(matching filter: EventFilter, size: Int, _ body: ([GuideEvent]) async throws -> Void) async throws {
        let size = max(1, size)
        let channel = BatchChannel()
        Thread {
            var batch: [GuideEvent] = []
            batch.reserveCapacity(size)
            do {
                try self.forEachEvent(matching: filter) { event in
                    batch.append(event)
                    guard batch.count == size else { return }
                    try channel.put(batch)
                    batch = []
                    batch.reserveCapacity(size)
                }
                if !batch.isEmpty { try channel.put(batch) }
                channel.finish(nil)
            } catch {
                channel.finish(error)
            }
        }.start()
        do {
            while let batch = try await channel.next() {
                try Task.checkCancellation()
                try await body(batch)
            }
        } catch {
            await channel.stop()
            throw error
        }
    }
}
