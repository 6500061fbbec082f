import SiteSync
import Testing

@Suite struct BackoffTests {
    @Test func theBoundDoublesUpToTheCap() {
        let backoff = Backoff(base: 0.5, cap: 60)
        #expect((1...9).map { backoff.bound(afterFailures: $0) } == [0.5, 1, 2, 4, 8, 16, 32, 60, 60])
        #expect(backoff.bound(afterFailures: 10_000) == 60)
    }

    @Test func eachDelayIsDrawnBelowItsBound() {
        let backoff = Backoff(base: 1, cap: 8)
        var generator = SystemRandomNumberGenerator()
        let delays = (0..<200).map { _ in backoff.delay(afterFailures: 4, using: &generator) }
        #expect(delays.allSatisfy { (0...8).contains($0) })
        // Full jitter: sites cut off together come back spread out, not in step.
        #expect(Set(delays).count > 150)
    }
}
