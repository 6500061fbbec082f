import Foundation
public import ProcedureModel

/// Milliseconds since 1970, and waiting: the only ways time enters the server.
///
/// Every route and the idle sweep read the same clock, so a test can give the server its own and
/// move it by hand: "six minutes later" without waiting six minutes.
public struct GuideClock: Sendable {
    private let read: @Sendable () -> Int64
    private let wait: @Sendable (Duration) async throws -> Void

    private init(read: @escaping @Sendable () -> Int64, wait: @escaping @Sendable (Duration) async throws -> Void) {
        self.read = read
        self.wait = wait
    }

    /// The machine's own time.
    public static let system = GuideClock(
        read: { Int64(Date().timeIntervalSince1970 * 1000) },
        wait: { try await Task.sleep(for: $0) }
    )

    /// The time `read()` tells, e.g. a test's, moved by hand. Waiting on it lasts until cancelled, so
    /// what the server runs on a schedule (the idle sweep) runs only when the test says.
    public static func movedByHand(_ read: @escaping @Sendable () -> MillisecondsSince1970) -> GuideClock {
        GuideClock(read: read) { _ in
            while true { try await Task.sleep(for: .seconds(3600)) }
        }
    }

    public func now() -> MillisecondsSince1970 {
        read()
    }

    /// Waits `duration` on this clock; throws `CancellationError` when the task is cancelled.
    func sleep(for duration: Duration) async throws {
        try await wait(duration)
    }
}
