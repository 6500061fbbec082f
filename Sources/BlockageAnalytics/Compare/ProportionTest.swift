import Foundation

/// The two-proportion z-test: could two shares (exits out of arrivals, in two periods) differ only
/// by chance?
public enum ProportionTest {
    /// Below this p-value, a difference is said to be larger than chance would explain.
    public static let threshold = 0.05

    /// The two-sided p-value for `part1` out of `whole1` against `part2` out of `whole2`, under the
    /// pooled normal approximation; 1 when either whole is zero or both shares are 0 % or 100 %.
    public static func pValue(_ part1: Int, of whole1: Int, _ part2: Int, of whole2: Int) -> Double {
        guard whole1 > 0, whole2 > 0 else { return 1 }
        let (n1, n2) = (Double(whole1), Double(whole2))
        let pooled = Double(part1 + part2) / (n1 + n2)
        let spread = (pooled * (1 - pooled) * (1 / n1 + 1 / n2)).squareRoot()
        guard spread > 0 else { return 1 }
        let z = (Double(part2) / n2 - Double(part1) / n1) / spread
        // P(|Z| ≥ |z|) for a standard normal Z.
        return min(1, erfc(abs(z) / 2.0.squareRoot()))
    }
}
