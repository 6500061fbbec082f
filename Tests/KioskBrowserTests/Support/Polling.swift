import Foundation

/// Waits until `probe` gives a value, trying every 100 ms; on a loaded machine a page or a timer can
/// be late, so the default wait is generous.
func eventually<Value>(
    _ what: String, timeout: Duration = .seconds(15), _ probe: () async throws -> Value?
) async throws -> Value {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    var lastError: (any Error)?
    while true {
        do {
            if let value = try await probe() { return value }
        } catch {
            lastError = error
        }
        guard clock.now < deadline else {
            throw TestSetupError("waited \(timeout) for \(what)" + (lastError.map { "; last error: \($0)" } ?? ""))
        }
        try await Task.sleep(for: .milliseconds(100))
    }
}
