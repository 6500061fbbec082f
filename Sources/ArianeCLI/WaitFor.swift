import Dispatch
import Synchronization

/// Runs `work` on Swift concurrency's threads and blocks the calling (main) thread until it ends,
/// rethrowing its error: how a synchronous command runs something asynchronous.
func waitFor(_ work: @escaping @Sendable () async throws -> Void) throws {
    let done = DispatchSemaphore(value: 0)
    let failure = Mutex<(any Error)?>(nil)
    Task {
        do {
            try await work()
        } catch {
            failure.withLock { $0 = error }
        }
        done.signal()
    }
    done.wait()
    if let error = failure.withLock({ $0 }) { throw error }
}
