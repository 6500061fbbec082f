import Foundation
import ProcedureModel

/// Hands batches of events from a thread that walks the log to a task that may suspend between them
/// (writing to a slow network, say).
///
/// At most ``capacity`` batches wait in between: when they are all there, the walking thread blocks
/// until the task takes one, so memory stays flat however long the log. The task can stop the
/// walk; the walking thread then finishes at its next batch.
final class BatchChannel: @unchecked Sendable {
    /// Thrown inside the walk once the task has stopped reading: it ends the walk early.
    struct Stopped: Error {}

    static let capacity = 2

    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var batches: [[GuideEvent]] = []
    private var waiting: CheckedContinuation<[GuideEvent]?, any Error>?
    private var finished = false
    private var failure: (any Error)?
    private var stopped = false

    /// Walking side: waits for room, then hands `batch` over; throws ``Stopped`` once the task has stopped.
    func put(_ batch: [GuideEvent]) throws {
        condition.lock()
        while batches.count >= Self.capacity, !stopped { condition.wait() }
        guard !stopped else {
            condition.unlock()
            throw Stopped()
        }
        if let waiting {
            self.waiting = nil
            condition.unlock()
            waiting.resume(returning: batch)
            return
        }
        batches.append(batch)
        condition.unlock()
    }

    /// Walking side: the walk is over (with `error` if it failed) and its read transaction has ended.
    func finish(_ error: (any Error)?) {
        condition.lock()
        finished = true
        failure = error
        let waiting = waiting
        self.waiting = nil
        condition.unlock()
        if let error { waiting?.resume(throwing: error) } else { waiting?.resume(returning: nil) }
    }

    /// Task side: the next batch, or `nil` once the walk is over; throws the walk's error.
    func next() async throws -> [GuideEvent]? {
        try await withCheckedThrowingContinuation { continuation in
            condition.lock()
            if !batches.isEmpty {
                let batch = batches.removeFirst()
                condition.broadcast()
                condition.unlock()
                continuation.resume(returning: batch)
            } else if finished {
                let failure = failure
                condition.unlock()
                if let failure { continuation.resume(throwing: failure) } else { continuation.resume(returning: nil) }
            } else {
                waiting = continuation
                condition.unlock()
            }
        }
    }

    /// Task side: no more batches are wanted; waits until the walk is over, so that its read
    /// transaction has ended when this returns.
    func stop() async {
        refuseMore()
        while true {
            do {
                guard try await next() != nil else { return }
            } catch {
                return
            }
        }
    }

    /// Drops the batches waiting and wakes the walking thread, which finds it must stop.
    private func refuseMore() {
        condition.lock()
        stopped = true
        batches.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
