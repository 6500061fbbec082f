import ProcedureModel

/// What a session did at a step, as bits: one per signal, then one per worker-note category.
struct StepMarks: OptionSet, Sendable {
    let rawValue: UInt16

    static let helpAsked = StepMarks(rawValue: 1 << 0)
    static let audioReplayed = StepMarks(rawValue: 1 << 1)
    static let back = StepMarks(rawValue: 1 << 2)
    static let noInput = StepMarks(rawValue: 1 << 3)
    static let inputRejected = StepMarks(rawValue: 1 << 4)
    static let handedOff = StepMarks(rawValue: 1 << 5)

    /// The first bit of the worker-note categories, in `BlockageCategory.allCases` order.
    static let firstNoteBit = 6
    static let bitCount = firstNoteBit + BlockageCategory.allCases.count

    /// A worker note of `category`.
    static func note(_ category: BlockageCategory) -> StepMarks {
        StepMarks(rawValue: 1 << (firstNoteBit + (BlockageCategory.allCases.firstIndex(of: category) ?? 0)))
    }

    /// Every note category.
    static let anyNote = StepMarks(rawValue: UInt16((1 << bitCount) - (1 << firstNoteBit)))

    /// The signs of a struggle that count in the stuck score (audio replays and going back do not:
    /// people who do not read replay by habit, and going back is often a correction).
    static let struggle: StepMarks = [.helpAsked, .noInput, .inputRejected, .handedOff, .anyNote]

    /// The mark an event of `kind` leaves at its step, if any; `reason` is a worker note's category,
    /// read for worker notes only. (Not an initializer taking the event: that would copy the whole
    /// event, strings and all.)
    static func left(by kind: GuideEvent.Kind, reason: @autoclosure () -> String?) -> StepMarks? {
        switch kind {
        case .helpAsked: .helpAsked
        case .audioReplayed: .audioReplayed
        case .back: .back
        case .noInput: .noInput
        case .inputRejected: .inputRejected
        // Calling a person from the kiosk is asking for a worker at this step, as a hand-off is.
        case .handedOff, .mediatorCalled: .handedOff
        // A fixed vocabulary: anything else is counted as "other", never shown as written.
        case .workerNote: .note(reason().flatMap(BlockageCategory.init(rawValue:)) ?? .other)
        default: nil
        }
    }
}
