/// How long the shipper waits before trying again after `failures` failures in a row: exponential,
/// from `base` up to `cap` seconds, with full jitter (a random delay from 0 to that bound), so that
/// sites cut off together do not all come back in the same second.
public struct Backoff: Sendable, Hashable {
    public var base: Double
    public var cap: Double

    public init(base: Double = 0.5, cap: Double = 60) {
        self.base = base
        self.cap = max(base, cap)
    }

    /// The upper bound of the wait after `failures` failures (1 or more).
    public func bound(afterFailures failures: Int) -> Double {
        let doublings = UInt64(min(max(failures - 1, 0), 40))
        return min(cap, base * Double(UInt64(1) << doublings))
    }

    public func delay(afterFailures failures: Int, using generator: inout some RandomNumberGenerator) -> Double {
        Double.random(in: 0...bound(afterFailures: failures), using: &generator)
    }
}
