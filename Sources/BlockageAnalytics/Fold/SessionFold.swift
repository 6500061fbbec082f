import ProcedureModel

/// Reads the log one event at a time (grouped by session, in time order) into per-procedure tallies.
///
/// Keeps only the session being read; a session is added to its procedure's tally when the next one
/// begins, or at ``finish()``.
struct SessionFold {
    let period: ReportPeriod
    let now: Int64
    private(set) var tallies: [ProcedureTally] = []
    private var tallyNumbers: [String: Int] = [:]
    /// Sessions whose first event is not `session-started`: not counted.
    private(set) var sessionsWithoutStart = 0

    // The session being read.
    private var sessionID: String?
    /// `nil` while skipping a session without start.
    private var tally: ProcedureTally?
    private var serial = 0
    private var opening: GuideEvent?
    private var lastTime: Int64 = 0
    private var path: [Int] = []
    private var lastEntered = -1
    private var ending: GuideEvent.Kind?
    private var completion: ClosedSession.Ending?
    /// The entry whose dwell is being timed.
    private var openStep = -1
    private var openTime: Int64 = 0
    /// The last step id looked up, and its number: events at one step come one after another.
    private var cachedStepID: String?
    private var cachedStep = -1

    init(period: ReportPeriod, now: Int64) {
        self.period = period
        self.now = now
    }

    mutating func add(_ event: GuideEvent) {
        if event.session != sessionID { begin(event) }
        guard let tally, event.procedure == tally.id else { return }
        lastTime = event.time
        switch event.kind {
        case .stepEntered:
            guard let step = number(of: event.step, in: tally) else { return }
            closeEntry(at: event.time, measured: true)
            tally.enter(step, session: serial, path: &path)
            openStep = step
            openTime = event.time
            lastEntered = step
            ending = nil
        case .timedOut, .abandoned:
            closeEntry(at: event.time, measured: true)
            ending = event.kind
        case .resumed:
            // The pause before a resume is not time spent on the step.
            closeEntry(at: event.time, measured: false)
            ending = nil
        case .completed:
            closeEntry(at: event.time, measured: false)
            if completion == nil, let step = number(of: event.step, in: tally) {
                completion = .completed(at: event.time, outcomeStep: step, result: event.reason)
            }
        default:
            if let mark = StepMarks(event), let step = number(of: event.step, in: tally) {
                tally.mark(step, mark, session: serial)
            }
        }
    }

    /// Adds the last session; call once after the last event.
    mutating func finish() {
        close()
        sessionID = nil
        tally = nil
    }

    private mutating func begin(_ event: GuideEvent) {
        close()
        sessionID = event.session
        serial += 1
        path.removeAll(keepingCapacity: true)
        lastEntered = -1
        ending = nil
        completion = nil
        openStep = -1
        cachedStepID = nil
        guard event.kind == .sessionStarted else {
            sessionsWithoutStart += 1
            tally = nil
            return
        }
        tally = procedureTally(for: event.procedure)
        opening = event
    }

    private mutating func close() {
        guard let tally, let opening else { return }
        let session = ClosedSession(
            startTime: opening.time, version: opening.procedureVersion, channel: opening.channel,
            locale: opening.locale, site: opening.site, ending: howItEnded(), lastEntered: lastEntered)
        tally.close(session, path: path, period: UTCCalendar.periodStartDay(of: opening.time, period))
        self.opening = nil
    }

    private func howItEnded() -> ClosedSession.Ending {
        if let completion { return completion }
        switch ending {
        case .abandoned: return .abandoned
        case .timedOut: return .timedOut
        default: return now - lastTime < BlockageAnalytics.inProgressWindow ? .inProgress : .stopped
        }
    }

    private mutating func closeEntry(at time: Int64, measured: Bool) {
        guard openStep >= 0, let tally else { return }
        if measured { tally.addDwell(openStep, time - openTime, session: serial) }
        openStep = -1
    }

    private mutating func number(of step: String?, in tally: ProcedureTally) -> Int? {
        guard let step else { return nil }
        if step == cachedStepID { return cachedStep }
        cachedStepID = step
        cachedStep = tally.number(of: step)
        return cachedStep
    }

    private mutating func procedureTally(for procedure: String) -> ProcedureTally {
        if let number = tallyNumbers[procedure] { return tallies[number] }
        tallyNumbers[procedure] = tallies.count
        tallies.append(ProcedureTally(id: procedure))
        return tallies[tallies.count - 1]
    }
}
