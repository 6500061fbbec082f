import Dispatch
import HummingbirdBcrypt

/// bcrypt, run on a Dispatch queue: it is slow on purpose and must not hold up the server's other tasks.
enum PasswordHash {
    static func make(_ password: String, cost: UInt8) async -> String {
        await offThePool { Bcrypt.hash(password, cost: cost) }
    }

    static func verify(_ password: String, against hash: String) async -> Bool {
        await offThePool { Bcrypt.verify(password, hash: hash) }
    }

    private static func offThePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
