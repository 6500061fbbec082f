import ProcedureModel

/// Running totals for one procedure, filled session by session in one pass over the log.
///
/// Steps are numbered in the order first seen, and every per-step total is an array indexed by
/// that number, so that reading an event costs no dictionary lookup beyond the step id's.
final class ProcedureTally {
    let id: String
    var versions: Set<String> = []
    private(set) var stepIDs: [String] = []
    private var stepNumbers: [String: Int] = [:]

    // Per step, over all sessions.
    private(set) var reached: [Int] = []
    private(set) var exits: [Int] = []
    /// Sum of the positions (0 = first) at which sessions first entered the step: gives path order.
    private(set) var positionSum: [Int] = []
    /// Sessions that struggled at the step (see ``StepMarks/struggle``), and those of them that did
    /// not exit there.
    private(set) var struggled: [Int] = []
    private(set) var struggledStayed: [Int] = []
    /// `marked[bit][step]`: sessions whose marks at the step had that bit.
    private(set) var marked: [[Int]] = Array(repeating: [], count: StepMarks.bitCount)
    private(set) var dwell: [[Int64]] = []

    // Per step, for the session being read: valid where `sessionOf[step]` is its serial number.
    private var sessionOf: [Int] = []
    private var marks: [StepMarks] = []
    private var sessionDwell: [Int64] = []
    private var dwellMeasured: [Bool] = []

    // Per session.
    private(set) var sessions = SessionTally()
    private(set) var completionTimes: [Int64] = []
    private(set) var outcomes: [Int: (result: String?, sessions: Int)] = [:]
    private(set) var channels: [Channel: SessionTally] = [:]
    private(set) var locales: [String: SessionTally] = [:]
    private(set) var sites: [String?: SessionTally] = [:]
    /// By the first day of the period the session started in.
    private(set) var periods: [Int64: PeriodTally] = [:]

    init(id: String) {
        self.id = id
    }

    /// The number of a step id, numbering it if new.
    func number(of step: String) -> Int {
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
        return number
    }

    /// Session `serial` entered `step`; its first entry is added to `path`.
    func enter(_ step: Int, session serial: Int, path: inout [Int]) {
        guard sessionOf[step] != serial else { return }
        sessionOf[step] = serial
        marks[step] = []
        sessionDwell[step] = 0
        dwellMeasured[step] = false
        path.append(step)
    }

    /// Session `serial` did something at `step`; ignored unless it entered the step.
    func mark(_ step: Int, _ mark: StepMarks, session serial: Int) {
        if sessionOf[step] == serial { marks[step].formUnion(mark) }
    }

    /// Session `serial` stayed `milliseconds` on `step` during one entry.
    func addDwell(_ step: Int, _ milliseconds: Int64, session serial: Int) {
        guard sessionOf[step] == serial else { return }
        sessionDwell[step] += milliseconds
        dwellMeasured[step] = true
    }

    /// Adds a finished session; `path` lists the steps it entered, in order of first entry.
    func close(_ session: ClosedSession, path: [Int], period: Int64) {
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
            outcomes[outcomeStep, default: (result, 0)].sessions += 1
        }
        versions.insert(session.version)
        sessions.add(session)
        channels[session.channel, default: SessionTally()].add(session)
        locales[session.locale, default: SessionTally()].add(session)
        sites[session.site, default: SessionTally()].add(session)
        periods[period, default: PeriodTally()].add(session, path: path, exitStep: exitStep, steps: stepIDs.count)
    }
}
