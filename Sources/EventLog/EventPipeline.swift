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
            let lent = LentBody(body)
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                Thread {
                    let result = lent.walk { try forEach(in: pool, path: path, matching: filter, $0) }
                    continuation.resume(with: result)
                }.start()
            }
        }
    }
}

/// Lends a caller's non-escaping `body` to the builder thread while the calling task is suspended.
///
/// `body` is never used by two threads at once: the task waits for the walk. It is dropped as soon
/// as the walk ends, before the task resumes, so that it has not escaped when the task goes on.
private final class LentBody: @unchecked Sendable {
    private var body: ((GuideEvent) throws -> Void)?

    init(_ body: @escaping (GuideEvent) throws -> Void) { self.body = body }

    func walk(_ walk: ((GuideEvent) throws -> Void) throws -> Void) -> Result<Void, any Error> {
        let result = lend(to: walk)
        body = nil
        return result
    }

    private func lend(to walk: ((GuideEvent) throws -> Void) throws -> Void) -> Result<Void, any Error> {
        guard let body else { return .success(()) }
        return Result { try walk(body) }
    }
}
