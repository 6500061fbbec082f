import PostgresNIO
import ProcedureModel
import Synchronization

/// The numbers the store gives sessions, in the order they first arrive: the order a report lists
/// them in (see ``PostgresSchema``), carried by every event row of the `COPY`.
///
/// Numbering a batch's new sessions costs no round trip of its own: the store takes numbers from the
/// `session_number` sequence a thousand at a time, gives the next ones to the sessions it has not
/// seen yet, in the order they come, and remembers the sessions it has numbered. The statement trigger
/// on `event` then records each new session with its number, in the `COPY`'s own transaction; for a
/// session another process (or this one before a restart) had already numbered, the trigger writes
/// that number over the one given here, so a session keeps one number whoever appends to it.
final class SessionNumbers: Sendable {
    private struct State {
        /// Sessions numbered by this process, by key; forgotten past ``remembered`` (they are then
        /// numbered again, and the trigger puts their first number back).
        var known: [String: Int64] = [:]
        /// Numbers taken from the sequence and not given yet, in ascending order.
        var spare: [Int64] = []
        var nextSpare = 0
    }

    private static let remembered = 200_000
    private static let taken = 1_000
    private let state = Mutex(State())

    /// Each session of `events` with its number, taking more numbers from the sequence when needed.
    func of(_ events: some Collection<GuideEvent>, on connection: PostgresConnection, logger: Logger) async throws -> [String: Int64] {
        var keys: [String] = []
        var seen = Set<String>()
        for event in events where seen.insert(event.session).inserted { keys.append(event.session) }
        while true {
            let (numbers, missing) = state.withLock { state -> ([String: Int64], Int) in
                let unknown = keys.count(where: { state.known[$0] == nil })
                guard state.spare.count - state.nextSpare >= unknown else { return ([:], unknown) }
                if state.known.count + unknown > Self.remembered { state.known.removeAll(keepingCapacity: true) }
                var numbers: [String: Int64] = [:]
                numbers.reserveCapacity(keys.count)
                for key in keys {
                    if let number = state.known[key] {
                        numbers[key] = number
                        continue
                    }
                    let number = state.spare[state.nextSpare]
                    state.nextSpare += 1
                    state.known[key] = number
                    numbers[key] = number
                }
                return (numbers, 0)
            }
            if missing == 0 { return numbers }
            let count = max(Self.taken, missing)
            var fresh: [Int64] = []
            fresh.reserveCapacity(count)
            let rows = try await connection.query(
                "SELECT nextval('session_number') FROM generate_series(1, \(count))", logger: logger)
            for try await number in rows.decode(Int64.self) { fresh.append(number) }
            state.withLock { state in
                state.spare = Array(state.spare[state.nextSpare...]) + fresh.sorted()
                state.nextSpare = 0
            }
        }
    }

    /// Forgets the sessions numbered so far: after a purge, which may have deleted their rows.
    func forget() {
        state.withLock { $0.known.removeAll() }
    }
}
