import Synchronization

/// Values already worked out, by key, behind a lock: for the work every resident's page would redo.
///
/// Past `limit` keys the memo starts again, so that inputs nobody foresaw cannot make it grow without bound.
final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    let limit: Int
    private let kept = Mutex<[Key: Value]>([:])

    init(limit: Int) {
        self.limit = limit
    }

    func value(for key: Key) -> Value? {
        kept.withLock { $0[key] }
    }

    func keep(_ value: Value, for key: Key) {
        kept.withLock { kept in
            if kept.count >= limit { kept.removeAll() }
            kept[key] = value
        }
    }

    var count: Int { kept.withLock { $0.count } }
}
