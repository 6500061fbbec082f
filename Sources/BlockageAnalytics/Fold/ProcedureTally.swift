import ProcedureModel

/// Running totals for one procedure, filled session by session in one pass over the log.
///
/// Steps are numbered in the order first seen, and every per-step total is an array indexed by
/// that number, so that reading an event costs no dictionary lookup beyond the step id's. A struct,
/// not a class: its arrays are then changed in place with no run-time exclusivity checks. Its totals
/// are settable inside the module so that the differencing-safe report can add atoms up
/// (Safe/AtomSum.swift).
struct ProcedureTally {
    let id: String
    var versions: Set<String> = []
    private(set) var stepIDs: [String] = []
    private var stepNumbers: [String: Int] = [:]

    // Per step, over all sessions.
    var reached: [Int] = []
    var exits: [Int] = []
    /// Sum of the positions (0 = first) at which sessions first entered the step: gives path order.
    var positionSum: [Int] = []
    /// Sessions that struggled at the step (see ``StepMarks/struggle``), and those of them that did
    /// not exit there.
    var struggled: [Int] = []
    var struggledStayed: [Int] = []
    /// `marked[bit][step]`: sessions whose marks at the step had that bit.
    var marked: [[Int]] = Array(repeating: [], count: StepMarks.bitCount)
    var dwell: [[Int64]] = []

    // Per step, for the session being read: valid where `sessionOf[step]` is its serial number.
    private var sessionOf: [Int] = []
    private var marks: [StepMarks] = []
    private var sessionDwell: [Int64] = []
    private var dwellMeasured: [Bool] = []

    // Per session.
    var sessions = SessionTally()
    var completionTimes: [Int64] = []
    /// From a call for a person to the worker's answer, one per answered call.
    var answerTimes: [Int64] = []
    /// Completed sessions per outcome step, and the result logged there.
    var outcomeSessions: [Int] = []
    var outcomeResults: [String?] = []
    var channels = Keyed<Channel, SessionTally>()
    var locales = Keyed<String, SessionTally>()
    var sites = Keyed<String?, SessionTally>()
    /// By the first day of the period the session started in.
    var periods = Keyed<Int64, PeriodTally>()
    var feedback = FeedbackTally()
    private var lastVersion: String?

    init(id: String) {
        self.id = id
    }

    /// The number of a step id, numbering it if new. `guess` is tried first: steps are mostly
    /// numbered in the order people meet them, so the next step is often the last one plus one.
    mutating func number(of step: String, guess: Int) -> Int {
        if guess >= 0, guess < stepIDs.count, stepIDs[guess] == step { return guess }
        if let number = stepNumbers[step] { return number }
        let number = stepIDs.count
        stepNumbers[step] = number
        stepIDs.append(step)
        reached.append(0)
        exits.append(0)
        positionSum.append(0)
        struggled.append(0)
        struggledStayed.append(0)
        sessionOf.append(-1)
        for bit in marked.indices { marked[bit].append(0) }
        dwell.append([])
        marks.append([])
        sessionDwell.append(0)
        dwellMeasured.append(false)
        outcomeSessions.append(0)
        outcomeResults.append(nil)
        return number
    }

    /// Session `serial` entered `step`; its first entry is added to `path`.
    mutating func enter(_ step: Int, session serial: Int, path: inout [Int]) {
        guard sessionOf[step] != serial else { return }
        sessionOf[step] = serial
        marks[step] = []
        sessionDwell[step] = 0
        dwellMeasured[step] = false
        path.append(step)
    }

    /// Session `serial` did something at `step`; ignored unless it entered the step.
    mutating func mark(_ step: Int, _ mark: StepMarks, session serial: Int) {
        if sessionOf[step] == serial { marks[step].formUnion(mark) }
    }

    /// Session `serial` stayed `milliseconds` on `step` during one entry.
    mutating func addDwell(_ step: Int, _ milliseconds: Int64, session serial: Int) {
        guard sessionOf[step] == serial else { return }
        sessionDwell[step] += milliseconds
        dwellMeasured[step] = true
    }

    /// The session's answer to "did this help?", if it gave one.
    mutating func addFeedback(_ value: String?) {
        feedback.add(value)
    }

    /// A worker answered a call for a person `milliseconds` after it was made.
    mutating func addAnswer(after milliseconds: Int64) {
        answerTimes.append(milliseconds)
    }

    /// Adds a finished session; `path` lists the steps it entered, in order of first entry.
    mutating func close(_ session: ClosedSession, path: [Int], period: Int64) {
        let exitStep = session.exitStep ?? -1
        for (position, step) in path.enumerated() {
            reached[step] += 1
            positionSum[step] += position
            if dwellMeasured[step] { dwell[step].append(sessionDwell[step]) }
            let stepMarks = marks[step]
            guard !stepMarks.isEmpty else { continue }
            if !stepMarks.isDisjoint(with: .struggle) {
                struggled[step] += 1
                if step != exitStep { struggledStayed[step] += 1 }
            }
            for bit in 0..<StepMarks.bitCount where stepMarks.rawValue & (1 << bit) != 0 {
                marked[bit][step] += 1
            }
        }
        if exitStep >= 0 { exits[exitStep] += 1 }
        if case .completed(let time, let outcomeStep, let result) = session.ending {
            completionTimes.append(time - session.startTime)
            outcomeSessions[outcomeStep] += 1
            if outcomeResults[outcomeStep] == nil { outcomeResults[outcomeStep] = result }
        }
        if session.version != lastVersion {
            versions.insert(session.version)
            lastVersion = session.version
        }
        sessions.add(session)
        channels.update(session.channel, making: SessionTally.init) { $0.add(session) }
        locales.update(session.locale, making: SessionTally.init) { $0.add(session) }
        sites.update(session.site, making: SessionTally.init) { $0.add(session) }
        let steps = stepIDs.count
        periods.update(period, making: PeriodTally.init) { $0.add(session, path: path, exitStep: exitStep, steps: steps) }
    }
}
