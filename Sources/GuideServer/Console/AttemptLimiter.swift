/// Counts failed attempts per key (a name at an address, an address, an account) in a sliding
/// window, and slows down whoever keeps failing: past `limit` failures, each next attempt waits for a
/// delay that doubles with every further failure, from 30 seconds up to the window.
///
/// Delays, not a lock-out: someone guessing is slowed to a handful of tries an hour, while a person
/// who mistyped waits half a minute, and a stranger's failures never count against anyone else's key.
actor AttemptLimiter {
    static let firstDelayMilliseconds: Int64 = 30_000

    let limit: Int
    let windowMilliseconds: Int64
    private var failures: [String: [Int64]] = [:]

    init(limit: Int, windowSeconds: Int) {
        self.limit = limit
        self.windowMilliseconds = Int64(windowSeconds) * 1000
    }

    /// Seconds to wait before the next attempt for `key`, or `nil` if it may go ahead.
    func wait(for key: String, at time: Int64) -> Int? {
        let recent = prune(key, at: time)
        guard recent.count >= limit, let last = recent.last else { return nil }
        let doublings = min(recent.count - limit, 20)
        let delay = min(Self.firstDelayMilliseconds << Int64(doublings), windowMilliseconds)
        let remaining = last + delay - time
        return remaining > 0 ? Int((remaining + 999) / 1000) : nil
    }

    func recordFailure(_ key: String, at time: Int64) {
        failures[key] = prune(key, at: time) + [time]
        // Keys nobody retries would stay forever: sweep them all once the table grows.
        if failures.count > 10_000 {
            failures = failures.compactMapValues { times in
                let recent = times.filter { $0 > time - windowMilliseconds }
                return recent.isEmpty ? nil : recent
            }
        }
    }

    private func prune(_ key: String, at time: Int64) -> [Int64] {
        let recent = (failures[key] ?? []).filter { $0 > time - windowMilliseconds }
        failures[key] = recent.isEmpty ? nil : recent
        return recent
    }
}

/// The limits one kind of attempt is under: per person (a name typed at one address, or a signed-in
/// account) and, where given, per client address, so that neither many guesses at one name nor one
/// guess at many names goes unchecked.
struct AttemptLimits: Sendable {
    let perPerson: AttemptLimiter
    let perAddress: AttemptLimiter?

    init(perPerson: Int, perAddress: Int?, windowSeconds: Int) {
        self.perPerson = AttemptLimiter(limit: perPerson, windowSeconds: windowSeconds)
        self.perAddress = perAddress.map { AttemptLimiter(limit: $0, windowSeconds: windowSeconds) }
    }

    /// Seconds to wait before trying again, or `nil` if the attempt may go ahead.
    func wait(person: String, address: String, at time: Int64) async -> Int? {
        let waits = [await perPerson.wait(for: person, at: time), await perAddress?.wait(for: address, at: time)]
        return waits.compactMap { $0 }.max()
    }

    func recordFailure(person: String, address: String, at time: Int64) async {
        await perPerson.recordFailure(person, at: time)
        await perAddress?.recordFailure(address, at: time)
    }
}
