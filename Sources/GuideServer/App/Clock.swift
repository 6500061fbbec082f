import Foundation

/// Milliseconds since 1970: the only way time enters the engine.
enum WallClock {
    static func now() -> Int64 {
        Int64(Date().timeIntervalSince1970 * 1000)
    }
}
