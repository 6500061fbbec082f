extension ProcedureTally {
    /// Adds the totals of `later`, the same procedure's tally over the sessions that come after.
    mutating func append(_ later: ProcedureTally) {
        // `later`'s step numbers in this tally: its new steps numbered in the order it met them.
        var guess = -1
        let numbers = later.stepIDs.map { step in
            guess = number(of: step, guess: guess + 1)
            return guess
        }
        versions.formUnion(later.versions)
        for (step, mine) in numbers.enumerated() {
            reached[mine] += later.reached[step]
            exits[mine] += later.exits[step]
            positionSum[mine] += later.positionSum[step]
            struggled[mine] += later.struggled[step]
            struggledStayed[mine] += later.struggledStayed[step]
            for bit in marked.indices { marked[bit][mine] += later.marked[bit][step] }
            dwell[mine].append(contentsOf: later.dwell[step])
            outcomeSessions[mine] += later.outcomeSessions[step]
            // The first result logged at the outcome, as one fold keeps it.
            if outcomeResults[mine] == nil { outcomeResults[mine] = later.outcomeResults[step] }
        }
        sessions.add(later.sessions)
        completionTimes.append(contentsOf: later.completionTimes)
        answerTimes.append(contentsOf: later.answerTimes)
        channels.append(later.channels, making: SessionTally.init) { $0.add($1) }
        locales.append(later.locales, making: SessionTally.init) { $0.add($1) }
        sites.append(later.sites, making: SessionTally.init) { $0.add($1) }
        let steps = stepIDs.count
        periods.append(later.periods, making: PeriodTally.init) { $0.add($1, numbers: numbers, steps: steps) }
        feedback.add(later.feedback)
    }
}

extension SessionTally {
    mutating func add(_ other: SessionTally) {
        started += other.started
        completed += other.completed
        abandoned += other.abandoned
        timedOut += other.timedOut
        stopped += other.stopped
        inProgress += other.inProgress
    }
}

extension PeriodTally {
    /// Adds `other`, whose step `n` is step `numbers[n]` here; `steps` is how many steps there are now.
    mutating func add(_ other: PeriodTally, numbers: [Int], steps: Int) {
        sessions.add(other.sessions)
        if reached.count < steps {
            reached.append(contentsOf: repeatElement(0, count: steps - reached.count))
            exits.append(contentsOf: repeatElement(0, count: steps - exits.count))
        }
        for (step, count) in other.reached.enumerated() { reached[numbers[step]] += count }
        for (step, count) in other.exits.enumerated() { exits[numbers[step]] += count }
    }
}

extension FeedbackTally {
    mutating func add(_ other: FeedbackTally) {
        good += other.good
        neutral += other.neutral
        bad += other.bad
    }
}
