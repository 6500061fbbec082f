/// Counts failed attempts per key (an account name, an address) in a sliding window, and says when
/// to refuse: slows down anyone guessing passwords or hand-off codes.
actor AttemptLimiter {
    let limit: Int
    /// Milliseconds.
    let window: Int64
    private var failures: [String: [Int64]] = [:]

    init(limit: Int, windowSeconds: Int) {
        self.limit = limit
        self.window = Int64(windowSeconds) * 1000
    }

    /// Seconds to wait before the next attempt for `key`, or `nil` if it may go ahead.
    func wait(for key: String, at time: Int64) -> Int? {
        let recent = prune(key, at: time)
        guard recent.count >= limit, let oldest = recent.first else { return nil }
        return Int((oldest + window - time + 999) / 1000)
    }

    func recordFailure(_ key: String, at time: Int64) {
        failures[key] = prune(key, at: time) + [time]
        // Keys nobody retries would stay forever: sweep them all once the table grows.
        if failures.count > 10_000 {
            failures = failures.compactMapValues { times in
                let recent = times.filter { $0 > time - window }
                return recent.isEmpty ? nil : recent
            }
        }
    }

    private func prune(_ key: String, at time: Int64) -> [Int64] {
        let recent = (failures[key] ?? []).filter { $0 > time - window }
        failures[key] = recent.isEmpty ? nil : recent
        return recent
    }
}

/// The two limits one kind of attempt is under: per person (a name typed, an account) and per client
/// address, so that neither many guesses at one name nor one guess at many names goes unchecked.
struct AttemptLimits: Sendable {
    let perPerson: AttemptLimiter
    let perAddress: AttemptLimiter

    init(perPerson: Int, perAddress: Int, windowSeconds: Int) {
        self.perPerson = AttemptLimiter(limit: perPerson, windowSeconds: windowSeconds)
        self.perAddress = AttemptLimiter(limit: perAddress, windowSeconds: windowSeconds)
    }

    /// Seconds to wait before trying again, or `nil` if the attempt may go ahead.
    func wait(person: String, address: String, at time: Int64) async -> Int? {
        let waits = [await perPerson.wait(for: person, at: time), await perAddress.wait(for: address, at: time)]
        return waits.compactMap { $0 }.max()
    }

    func recordFailure(person: String, address: String, at time: Int64) async {
        await perPerson.recordFailure(person, at: time)
        await perAddress.recordFailure(address, at: time)
    }
}
