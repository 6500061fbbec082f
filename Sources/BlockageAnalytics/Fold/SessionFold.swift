import EventLog
import ProcedureModel

/// Reads the log one event at a time (grouped by session, in time order) into per-procedure tallies.
///
/// Keeps only the session being read; a session is added to its procedure's tally when the next one
/// begins, or at ``finish()``.
struct SessionFold {
    let period: ReportPeriod
    let now: Int64
    /// Whether each procedure's sessions are split into ``Atom``s (one tally each) for the
    /// differencing-safe report, or kept in one tally per procedure.
    let splitsAtoms: Bool
    /// Sessions that started at or after this instant, or of another procedure version than
    /// `version`, are skipped without being counted anywhere (the differencing-safe report reads past
    /// its last day so that a session is the same in every view, and may keep one version).
    var startsBefore: Int64?
    var version: String?
    private(set) var tallies: [ProcedureTally] = []
    /// The key of each tally: the procedure id, or its atom's key.
    private var tallyKeys: [String] = []
    /// Each tally's atom, when split into atoms.
    private(set) var atoms: [Atom] = []
    private var tallyNumbers: [String: Int] = [:]
    /// Sessions whose first event is not `session-started`: not counted.
    private(set) var sessionsWithoutStart = 0

    // The session being read: its key (events) or its number (coded events).
    private var sessionID: String?
    private var sessionNumber: Int64?
    /// The context of the session's first coded event: its later events mostly share it.
    private var openingContext = -1
    /// The session's procedure, a position in `tallies`; `-1` while skipping a session without start.
    private var current = -1
    private var serial = 0
    private var opening: Opening?
    private var lastTime: Int64 = 0
    private var path: [Int] = []
    private var lastEntered = -1
    private var ending: GuideEvent.Kind?
    private var completion: ClosedSession.Ending?
    /// The session's last answer to "did this help?".
    private var feedback: String?
    /// The entry whose dwell is being timed.
    private var openStep = -1
    private var openTime: Int64 = 0
    /// When the resident called for a person, until a worker answers.
    private var calledAt: Int64?
    /// The last step id looked up, and its number: events at one step come one after another.
    private var cachedStepID: String?
    private var cachedStep = -1
    /// `stepsByHappening[tally][happening]`: the step number of a coded happening in that tally,
    /// ``unknownStep`` until looked up, `-1` for none. Steps are numbered in the same order as
    /// through ``number(of:)``: a happening is looked up where its step would have been.
    private var stepsByHappening: [[Int]] = []
    private static let unknownStep = -2

    init(period: ReportPeriod, now: Int64, splitsAtoms: Bool = false) {
        self.period = period
        self.now = now
        self.splitsAtoms = splitsAtoms
    }

    mutating func add(_ event: GuideEvent) {
        if event.session != sessionID {
            sessionID = event.session
            begin(
                event.kind,
                Opening(
                    time: event.time, procedure: event.procedure, version: event.procedureVersion, channel: event.channel,
                    locale: event.locale, site: event.site))
        }
        guard current >= 0, event.procedure == tallies[current].id else { return }
        take(event)
    }

    /// Adds each event of `events` as the same event, read as a ``GuideEvent``, would be added, comparing ids.
    mutating func add(_ events: CodedEvents) {
        // Read in place: copying a row of a table out would retain each of its strings.
        events.rows.withUnsafeBufferPointer { rows in
            events.contexts.withUnsafeBufferPointer { contexts in
                events.happenings.withUnsafeBufferPointer { happenings in
                    add(rows, contexts, happenings)
                }
            }
        }
    }

    /// The rows of a chunk and its tables, read in place (see ``CodedEvents/rows``).
    private mutating func add(
        _ rows: UnsafeBufferPointer<Int64>, _ contexts: UnsafeBufferPointer<StoredContext>,
        _ happenings: UnsafeBufferPointer<StoredHappening>
    ) {
        var index = 0
        while index < rows.count {
            let contextID = Int(rows[index + 2])
            let event = CodedEvent(time: rows[index + 1], id: Int(rows[index + 3]), happenings: happenings)
            if rows[index] != sessionNumber {
                sessionNumber = rows[index]
                openingContext = contextID
                begin(
                    event.kind,
                    Opening(
                        time: event.time, procedure: contexts[contextID].procedure, version: contexts[contextID].version,
                        channel: contexts[contextID].channel, locale: contexts[contextID].locale, site: contexts[contextID].site))
            }
            if current >= 0, contextID == openingContext || contexts[contextID].procedure == tallies[current].id {
                take(event)
            }
            index += 4
        }
    }

    /// Adds an event of the session being read, once it is known to be of its procedure.
    private mutating func take<Event: FoldedEvent>(_ event: Event) {
        lastTime = event.time
        switch event.kind {
        case .stepEntered:
            guard let step = event.stepNumber(in: &self) else { return }
            closeEntry(at: event.time, measured: true)
            tallies[current].enter(step, session: serial, path: &path)
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
        case .mediatorAnswered:
            if let calledAt { tallies[current].addAnswer(after: event.time - calledAt) }
            calledAt = nil
        case .completed:
            closeEntry(at: event.time, measured: false)
            if completion == nil, let step = event.stepNumber(in: &self) {
                completion = .completed(at: event.time, outcomeStep: step, result: event.reason)
            }
        case .feedback:
            feedback = event.value
        case .mediatorCalled:
            // A second call while waiting is the same wait.
            if calledAt == nil { calledAt = event.time }
            // And a mark at the step, as any other call for help.
            fallthrough
        default:
            if let mark = StepMarks.left(by: event.kind, reason: event.reason), let step = event.stepNumber(in: &self) {
                tallies[current].mark(step, mark, session: serial)
            }
        }
    }

    /// Adds the sessions of `later`, a fold of the sessions that come after all of this one's (the
    /// next run of the log), so that the result is what one fold over both runs would be: tallies,
    /// steps, sites and periods are numbered in the order one fold would have met them, and every
    /// list of times holds this fold's sessions, then those of `later`.
    mutating func append(_ later: SessionFold) {
        finish()
        var later = later
        later.finish()
        sessionsWithoutStart += later.sessionsWithoutStart
        for (index, tally) in later.tallies.enumerated() {
            let key = later.tallyKeys[index]
            if let number = tallyNumbers[key] {
                tallies[number].append(tally)
            } else {
                tallyNumbers[key] = tallies.count
                tallyKeys.append(key)
                // Appended whole, its steps kept in the order `later` numbered them: as one fold would.
                tallies.append(tally)
                // Numbered anew in `later`: its coded steps are looked up again.
                stepsByHappening.append([])
                if splitsAtoms { atoms.append(later.atoms[index]) }
            }
        }
        // Sessions read after this are told apart from every session of both.
        serial = max(serial, later.serial)
    }

    /// Adds the last session; call once after the last event.
    mutating func finish() {
        close()
        sessionID = nil
        sessionNumber = nil
        current = -1
    }

    /// Starts a session whose first event is of `kind`.
    private mutating func begin(_ kind: GuideEvent.Kind, _ opening: Opening) {
        close()
        serial += 1
        path.removeAll(keepingCapacity: true)
        lastEntered = -1
        ending = nil
        completion = nil
        feedback = nil
        openStep = -1
        calledAt = nil
        cachedStepID = nil
        cachedStep = -1
        guard kind == .sessionStarted else {
            sessionsWithoutStart += 1
            current = -1
            return
        }
        if let startsBefore, opening.time >= startsBefore {
            current = -1
            return
        }
        if let version, opening.version != version {
            current = -1
            return
        }
        current = splitsAtoms ? position(of: Atom(opening: opening)) : position(of: opening.procedure, key: opening.procedure)
        self.opening = opening
    }

    private mutating func close() {
        guard current >= 0, let opening else { return }
        let session = ClosedSession(
            startTime: opening.time, version: opening.version, channel: opening.channel,
            locale: opening.locale, site: opening.site, ending: howItEnded(), lastEntered: lastEntered)
        tallies[current].close(session, path: path, period: UTCCalendar.periodStartDay(of: opening.time, period))
        tallies[current].addFeedback(feedback)
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
        guard openStep >= 0, current >= 0 else { return }
        if measured { tallies[current].addDwell(openStep, time - openTime, session: serial) }
        openStep = -1
    }

    /// The number of `step` in the session's tally, numbered if new.
    mutating func number(of step: String?) -> Int? {
        guard let step else { return nil }
        if step == cachedStepID { return cachedStep }
        cachedStepID = step
        cachedStep = tallies[current].number(of: step, guess: cachedStep + 1)
        return cachedStep
    }

    /// The number in the session's tally of the step of coded happening `id` (`step` reads it),
    /// numbered if new.
    mutating func number(ofHappening id: Int, step: () -> String?) -> Int? {
        if stepsByHappening[current].count <= id {
            stepsByHappening[current].append(
                contentsOf: repeatElement(Self.unknownStep, count: id - stepsByHappening[current].count + 1))
        }
        let known = stepsByHappening[current][id]
        if known != Self.unknownStep { return known >= 0 ? known : nil }
        let found = number(of: step())
        stepsByHappening[current][id] = found ?? -1
        return found
    }

    /// The position of an atom's tally, made if new.
    private mutating func position(of atom: Atom) -> Int {
        let key = atom.key
        if current >= 0, tallyKeys[current] == key { return current }
        if tallyNumbers[key] == nil { atoms.append(atom) }
        return position(of: atom.procedure, key: key)
    }

    /// The position of the tally under `key` (a procedure id, or an atom's key), made if new.
    private mutating func position(of procedure: String, key: String) -> Int {
        if current >= 0, tallyKeys[current] == key { return current }
        if let number = tallyNumbers[key] { return number }
        tallyNumbers[key] = tallies.count
        tallies.append(ProcedureTally(id: procedure))
        stepsByHappening.append([])
        tallyKeys.append(key)
        return tallies.count - 1
    }
}
