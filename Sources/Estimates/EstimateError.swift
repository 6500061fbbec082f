/// Why no estimate could be made; the kiosk then follows the step's own text (a person, the take-home sheet).
public enum EstimateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An answers file that cannot be read, and where.
    case answers(file: String, String)
    /// The web API did not answer within the time allowed.
    case timedOut(url: String, seconds: Double)
    /// The web API could not be reached or answered with an error.
    case unavailable(url: String, String)
    /// The web API answered something other than the computed variables.
    case unreadableAnswer(url: String, String)

    public var description: String {
        switch self {
        case .answers(let file, let message): "\(file): \(message)"
        case .timedOut(let url, let seconds): "\(url): OpenFisca did not answer within \(seconds) s"
        case .unavailable(let url, let message): "\(url): OpenFisca is unavailable: \(message)"
        case .unreadableAnswer(let url, let message): "\(url): OpenFisca's answer cannot be read: \(message)"
        }
    }
}
