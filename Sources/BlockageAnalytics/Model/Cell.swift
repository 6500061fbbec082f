/// One number of a report, or the mark that it was hidden because too few sessions stand behind it.
///
/// Every renderer must show ``suppressed`` as such ("<5", "moins de 5", `{"suppressed": true}`), so
/// that a small group (one site, one language, one evening) never lets anyone single a person out.
public enum Cell<Value: Sendable & Equatable & Codable>: Sendable, Equatable, Codable {
    case value(Value)
    case suppressed

    /// The number, or `nil` when it was suppressed.
    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    public var isSuppressed: Bool { self == .suppressed }

    /// JSON: the bare number, or `{"suppressed": true}`.
    public init(from decoder: any Decoder) throws {
        if let marker = try? decoder.container(keyedBy: MarkerKey.self),
            try marker.decodeIfPresent(Bool.self, forKey: .suppressed) == true
        {
            self = .suppressed
            return
        }
        self = .value(try decoder.singleValueContainer().decode(Value.self))
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .value(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .suppressed:
            var marker = encoder.container(keyedBy: MarkerKey.self)
            try marker.encode(true, forKey: .suppressed)
        }
    }

    private enum MarkerKey: String, CodingKey { case suppressed }
}
