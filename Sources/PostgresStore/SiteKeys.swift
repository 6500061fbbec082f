import Crypto
import Foundation

/// A site's secret key: 32 random bytes written in hexadecimal, stored only as its SHA-256.
///
/// One round of SHA-256 suffices (no bcrypt): the key is random, so there is nothing to guess from
/// a dictionary, and checking it on every batch must be cheap.
enum SiteKeys {
    static func newKey() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    static func hash(_ key: String) -> [UInt8] {
        Array(SHA256.hash(data: Data(key.utf8)))
    }

    /// A site name: 1 to 64 lowercase letters, digits, `-`, `_` or `.`, starting with a letter or digit;
    /// it appears in URLs, file names and reports.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, (1...64).contains(name.unicodeScalars.count) else { return false }
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789-_.")
        let alphanumeric = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789")
        return alphanumeric.contains(first) && name.unicodeScalars.allSatisfy(allowed.contains)
    }
}
