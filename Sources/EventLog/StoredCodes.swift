import ProcedureModel

/// The small integers that stand for event kinds and channels in the database.
///
/// Fixed forever: a new kind gets the next free number, an old number is never reused, so files
/// written by any version read the same. The switches are exhaustive, so a new kind cannot be
/// forgotten here. The `kind` and `channel` tables carry the same list for people who read the
/// file with `sqlite3`.
enum StoredCodes {
    static func code(of kind: GuideEvent.Kind) -> Int {
        switch kind {
        case .sessionStarted: 1
        case .stepEntered: 2
        case .answered: 3
        case .back: 4
        case .helpAsked: 5
        case .glossaryOpened: 6
        case .audioPlayed: 7
        case .audioReplayed: 8
        case .noInput: 9
        case .inputRejected: 10
        case .timedOut: 11
        case .abandoned: 12
        case .handedOff: 13
        case .workerNote: 14
        case .resumed: 15
        case .completed: 16
        case .feedback: 17
        case .mediatorCalled: 18
        case .mediatorAnswered: 19
        case .estimateShown: 20
        case .estimateFellBack: 21
        }
    }

    static func code(of channel: Channel) -> Int {
        switch channel {
        case .kiosk: 1
        case .assisted: 2
        case .terminal: 3
        }
    }

    /// Kinds by code: index `code` holds the kind, `nil` where no kind has that code.
    static let kindByCode: [GuideEvent.Kind?] = table(GuideEvent.Kind.allCases.map { (code(of: $0), $0) })
    static let channelByCode: [Channel?] = table(Channel.allCases.map { (code(of: $0), $0) })

    private static func table<T>(_ pairs: [(Int, T)]) -> [T?] {
        var table = [T?](repeating: nil, count: (pairs.map(\.0).max() ?? 0) + 1)
        for (code, value) in pairs { table[code] = value }
        return table
    }
}
