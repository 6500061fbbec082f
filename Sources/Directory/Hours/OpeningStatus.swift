/// Whether a place is open, as a person needs to know it.
public enum OpeningStatus: Sendable, Equatable {
    /// Open now; `until` is nil when it does not close in the coming week (24/7).
    case open(until: OpeningMoment?)
    case opens(at: OpeningMoment)
    /// No opening in the coming week (or until its holiday closure ends).
    case closed
    /// Hours the rules cannot read, to show as written.
    case unreadable(String)
    /// No hours given.
    case unknown

    /// For "open soonest first": 0 when open, else minutes until it opens; unknown and closed last.
    public func minutesUntilOpen(from minuteNow: Int) -> Int {
        switch self {
        case .open: 0
        case .opens(let moment): moment.daysAhead * 1440 + moment.minute - minuteNow
        case .closed, .unreadable, .unknown: Int.max
        }
    }
}

/// A day and time on the place's clock, and how many days from today.
public struct OpeningMoment: Sendable, Equatable {
    public var day: CivilDay
    /// Minutes since that day's midnight.
    public var minute: Int
    public var daysAhead: Int

    public var hour: Int { minute / 60 }
    public var minuteOfHour: Int { minute % 60 }
}
