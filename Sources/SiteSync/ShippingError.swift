/// Why a batch did not reach the central server, with the address concerned.
public enum ShippingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No answer: the line is down, the central server is stopped, or the answer took too long.
    case unreachable(String, String)
    /// The central server answered with another status than 200 (401: key unknown or revoked;
    /// 409: a sequence reused or an event of another site, which no retry will cure).
    case refused(String, status: Int, String)
    /// The central server said 200 with a body that is not a ``ReceivedBatch``.
    case unreadableAnswer(String, String)
    case keyFileUnreadable(String)

    public var description: String {
        switch self {
        case .unreachable(let address, let reason):
            "\(address): no answer: \(reason)"
        case .refused(let address, let status, let body):
            "\(address): refused with HTTP \(status): \(body)"
        case .unreadableAnswer(let address, let body):
            "\(address): the answer is not a receipt: \(body)"
        case .keyFileUnreadable(let path):
            "\(path): cannot read the site key (the line printed by `ariane site add` on the central server)"
        }
    }
}
