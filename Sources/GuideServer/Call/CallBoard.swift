import Synchronization

/// The calls for a person waiting at this site, and the consoles watching them.
///
/// The ``SessionRunner`` raises a call when a resident asks, and takes it down when a worker answers
/// or the session ends, whichever way (finished, timed out, swept, made room for): the runner is
/// where sessions end, so no call outlives its session. Consoles subscribe and get the whole list
/// again at every change: a list of a few calls is smaller than the bookkeeping of changes.
///
/// Locked rather than an actor: the runner updates it from inside its own turns without waiting.
final class CallBoard: Sendable {
    private struct State {
        /// By the kiosk session's token.
        var calls: [String: MediatorCall] = [:]
        var watchers: [Int: AsyncStream<[MediatorCall]>.Continuation] = [:]
        var nextWatcher = 0
    }

    private let state = Mutex(State())

    /// The calls waiting, oldest first.
    var waiting: [MediatorCall] {
        state.withLock { Self.sorted($0.calls) }
    }

    /// How many consoles are watching now.
    var watcherCount: Int {
        state.withLock { $0.watchers.count }
    }

    /// The call of the session behind `token`, if it is waiting.
    func call(forSession token: String) -> MediatorCall? {
        state.withLock { $0.calls[token] }
    }

    /// The token of the session whose call has this id.
    func session(ofCall id: String) -> String? {
        state.withLock { state in state.calls.first { $0.value.id == id }?.key }
    }

    /// Puts up the call of the session behind `token` (replacing one it had) and tells every console.
    func raise(_ call: MediatorCall, forSession token: String) {
        state.withLock { state in
            state.calls[token] = call
            Self.tell(state)
        }
    }

    /// Takes down the call of the session behind `token`, if any: answered, or the resident left.
    func takeDown(forSession token: String) {
        state.withLock { state in
            guard state.calls.removeValue(forKey: token) != nil else { return }
            Self.tell(state)
        }
    }

    /// The list now, then the list again after every change, until the caller stops iterating.
    func watch() -> AsyncStream<[MediatorCall]> {
        // Only the latest list matters to a console that fell behind.
        let (stream, continuation) = AsyncStream<[MediatorCall]>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let number = state.withLock { state in
            let number = state.nextWatcher
            state.nextWatcher += 1
            state.watchers[number] = continuation
            continuation.yield(Self.sorted(state.calls))
            return number
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.watchers.removeValue(forKey: number) }
        }
        return stream
    }

    private static func tell(_ state: State) {
        let list = sorted(state.calls)
        for watcher in state.watchers.values { watcher.yield(list) }
    }

    private static func sorted(_ calls: [String: MediatorCall]) -> [MediatorCall] {
        calls.values.sorted { ($0.calledAt, $0.id) < ($1.calledAt, $1.id) }
    }
}
