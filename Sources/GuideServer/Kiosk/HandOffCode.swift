/// A code a resident reads aloud to a mediator so they can take over the session.
///
/// Nine digits in three groups ("482 917 305"): easy to say in any language, and with hand-off
/// attempts rate-limited, too many to guess during the two hours it is valid.
struct HandOffCode: Sendable, Hashable {
    static let lifetime: Int64 = 2 * 60 * 60 * 1000

    let digits: String
    let expires: Int64

    init(issuedAt time: Int64) {
        var generator = SystemRandomNumberGenerator()
        digits = (0..<9).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
        expires = time + Self.lifetime
    }

    /// Grouped by three for reading aloud.
    var spoken: String {
        stride(from: 0, to: 9, by: 3).map { start in
            let from = digits.index(digits.startIndex, offsetBy: start)
            return String(digits[from..<digits.index(from, offsetBy: 3)])
        }.joined(separator: " ")
    }

    /// Spaces and dashes typed by the worker are ignored.
    func matches(_ typed: String, at time: Int64) -> Bool {
        time < expires && typed.filter(\.isNumber) == digits
    }
}
