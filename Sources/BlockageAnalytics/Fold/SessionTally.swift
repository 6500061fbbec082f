/// How many sessions started, and how they ended.
struct SessionTally {
    var started = 0
    var completed = 0
    var abandoned = 0
    var timedOut = 0
    var stopped = 0
    var inProgress = 0

    mutating func add(_ session: ClosedSession) {
        started += 1
        switch session.ending {
        case .completed: completed += 1
        case .abandoned: abandoned += 1
        case .timedOut: timedOut += 1
        case .stopped: stopped += 1
        case .inProgress: inProgress += 1
        }
    }
}

/// One week or month of a procedure: sessions that started in it, and where they went.
struct PeriodTally {
    var sessions = SessionTally()
    var reached: [Int] = []
    var exits: [Int] = []

    mutating func add(_ session: ClosedSession, path: [Int], exitStep: Int, steps: Int) {
        sessions.add(session)
        if reached.count < steps {
            reached.append(contentsOf: repeatElement(0, count: steps - reached.count))
            exits.append(contentsOf: repeatElement(0, count: steps - exits.count))
        }
        for step in path { reached[step] += 1 }
        if exitStep >= 0 { exits[exitStep] += 1 }
    }
}
