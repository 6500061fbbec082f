import Foundation

/// A seeded random number generator: the same seed gives the same numbers on every machine.
///
/// SplitMix64 (Steele, Lea and Flood, 2014): tiny, fast and good enough for synthetic data; not for secrets.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for item `index` of a run seeded with `seed`, independent of every other item's.
    init(seed: UInt64, item index: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (index &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < p
    }

    /// One of `choices`, each as likely as its weight.
    mutating func pick<T>(_ choices: [(T, Double)]) -> T {
        var left = Double.random(in: 0..<choices.reduce(0) { $0 + $1.1 }, using: &self)
        for (choice, weight) in choices {
            if left < weight { return choice }
            left -= weight
        }
        return choices[choices.count - 1].0
    }

    /// A duration around `typical` seconds, in ms: most near it, a few much longer (people stop to think).
    mutating func dwell(_ typical: Double) -> Int64 {
        // Log-normal with sigma 0.5: median `typical`, a long tail.
        let u1 = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let u2 = Double.random(in: 0..<1, using: &self)
        let normal = (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
        return Int64(typical * exp(0.5 * normal) * 1_000)
    }

    /// A random session id, as `ariane run` and the kiosk make them, drawn from this generator.
    mutating func sessionID() -> String {
        let high = String(next(), radix: 16)
        let low = String(next(), radix: 16)
        return String(repeating: "0", count: 16 - high.count) + high + String(repeating: "0", count: 16 - low.count) + low
    }
}
