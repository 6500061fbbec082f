/// How many sessions of a procedure answered "did this help?", by answer. A value outside the three
/// the kiosk sends is not counted.
struct FeedbackTally: Sendable {
    var good = 0
    var neutral = 0
    var bad = 0

    mutating func add(_ value: String?) {
        switch value {
        case "good": good += 1
        case "neutral": neutral += 1
        case "bad": bad += 1
        default: break
        }
    }

    func counts(_ rule: SmallGroups) -> FeedbackCounts {
        FeedbackCounts(answered: rule.count(good + neutral + bad), good: rule.count(good), neutral: rule.count(neutral), bad: rule.count(bad))
    }
}
