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
