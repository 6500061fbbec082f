/// Values by key, in the order keys were first seen, remembering the last key used: sessions in a
/// row mostly share a site, a language and a week, so most updates skip hashing.
struct Keyed<Key: Hashable, Value> {
    private(set) var keys: [Key] = []
    private(set) var values: [Value] = []
    private var positions: [Key: Int] = [:]
    private var last = -1

    /// Changes the value for `key`, made by `make` first if the key is new.
    mutating func update(_ key: Key, making make: () -> Value, _ change: (inout Value) -> Void) {
        let position: Int
        if last >= 0, keys[last] == key {
            position = last
        } else if let found = positions[key] {
            position = found
        } else {
            position = keys.count
            keys.append(key)
            values.append(make())
            positions[key] = position
        }
        last = position
        change(&values[position])
    }

    /// Key and value pairs, in the order keys were first seen.
    var pairs: Zip2Sequence<[Key], [Value]> { zip(keys, values) }
}

extension Keyed {
    /// Adds every value of `later`, key by key in its order: new keys come after this one's, as
    /// if `later`'s updates had been made here.
    mutating func append(_ later: Keyed, making make: () -> Value, _ combine: (inout Value, Value) -> Void) {
        for (key, value) in later.pairs { update(key, making: make) { combine(&$0, value) } }
    }
}

extension Keyed: Sendable where Key: Sendable, Value: Sendable {}
