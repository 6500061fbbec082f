/// The answers to the kiosk's one-tap "did this help?" at the end of a procedure, one per session.
public struct FeedbackCounts: Sendable, Equatable, Codable {
    /// Sessions that answered at all.
    public var answered: Cell<Int>
    public var good: Cell<Int>
    public var neutral: Cell<Int>
    public var bad: Cell<Int>

    public init(answered: Cell<Int>, good: Cell<Int>, neutral: Cell<Int>, bad: Cell<Int>) {
        self.answered = answered
        self.good = good
        self.neutral = neutral
        self.bad = bad
    }
}
