import Foundation
import GRDB
import ProcedureModel

/// Reads events on two threads: SQLite's rows on one, ``GuideEvent``s for the caller on the other.
///
/// Decoding rows is most of the cost of a report; with the caller's own work (counting, grouping)
/// on the other core, a walk over millions of events takes the longer of the two, not their sum.
enum EventPipeline {
    /// Calls `body` on this thread with every event matching `filter`, while a second thread reads.
    static func forEach(in pool: DatabasePool, path: String, matching filter: EventFilter, _ body: (GuideEvent) throws -> Void) throws {
        let channel = RowChannel()
        let reading = Thread {
            do {
                try pool.read { db in
                    let reader = try EventReader(db, path: path)
                    channel.start(with: reader)
                    try reader.walk(in: db, matching: filter, into: channel)
                }
                channel.finish(nil)
            } catch {
                channel.finish(error)
            }
        }
        reading.start()
        // However this ends (the caller's error included), the read transaction ends first.
        defer {
            channel.cancel()
            channel.waitForReader()
        }
        guard let reader = try channel.tables() else { return }
        try reader.assemble(from: channel, body)
    }

    /// The same, with `body` called on a thread of its own while the calling task waits.
    static func forEach(in pool: DatabasePool, path: String, matching filter: EventFilter, _ body: (GuideEvent) throws -> Void) async throws {
        try await withoutActuallyEscaping(body) { body in
            // `body` runs on the builder thread while this task is suspended, never concurrently
            // with the caller. The box is emptied before the task resumes: `body` must not outlive
            // this call, and the runtime checks that it does not.
            let box = BodyBox(body)
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                Thread {
                    let outcome: Result<Void, any Error>
                    do {
                        try forEach(in: pool, path: path, matching: filter, box.take())
                        outcome = .success(())
                    } catch {
                        outcome = .failure(error)
                    }
                    continuation.resume(with: outcome)
                }.start()
            }
        }
    }
}

/// Hands the caller's closure to the reading thread exactly once, keeping no reference afterwards.
private final class BodyBox: @unchecked Sendable {
    private var body: ((GuideEvent) throws -> Void)?

    init(_ body: @escaping (GuideEvent) throws -> Void) {
        self.body = body
    }

    func take() -> (GuideEvent) throws -> Void {
        defer { body = nil }
        return body ?? { _ in }
    }
}

/// Carries a value the compiler cannot prove Sendable across a boundary where it is used by one side at a time.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
