public import ProcedureModel

/// Where sessions of one step went, how long they stayed, and what troubled them there.
public struct StepReport: Sendable, Equatable, Codable {
    public var step: String
    /// Sessions with at least one `step-entered` for this step (a session that comes back counts once).
    public var reached: Cell<Int>
    /// Sessions whose last entered step this was, and that did not complete.
    public var exits: Cell<Int>
    /// `exits / reached`: relative to the sessions that reached the step, so branches compare fairly.
    public var exitRate: Cell<Double>
    /// Time per session on this step, summed over its entries.
    public var dwell: Durations
    /// Sessions per dwell-time bucket (see ``BlockageReport/dwellBucketLimits``).
    public var dwellHistogram: [Cell<Int>]
    public var signals: StepSignals
    /// Sessions with at least one worker note of each category at this step; categories never noted
    /// are left out.
    public var workerNotes: [WorkerNoteCount]

    public init(
        step: String, reached: Cell<Int>, exits: Cell<Int>, exitRate: Cell<Double>, dwell: Durations,
        dwellHistogram: [Cell<Int>], signals: StepSignals, workerNotes: [WorkerNoteCount]
    ) {
        self.step = step
        self.reached = reached
        self.exits = exits
        self.exitRate = exitRate
        self.dwell = dwell
        self.dwellHistogram = dwellHistogram
        self.signals = signals
        self.workerNotes = workerNotes
    }
}

/// Rates of sessions that reached the step and did something there at least once.
public struct StepSignals: Sendable, Equatable, Codable {
    public var helpAsked: Cell<Double>
    public var audioReplayed: Cell<Double>
    public var back: Cell<Double>
    /// Re-prompted after no input.
    public var noInput: Cell<Double>
    public var inputRejected: Cell<Double>
    /// Handed off to a worker, or called for a person from the kiosk (`mediator-called`).
    public var handedOff: Cell<Double>
    /// Asked help, re-prompted, rejected, handed off or noted by a worker: the struggle in the stuck score.
    public var struggled: Cell<Double>

    public init(
        helpAsked: Cell<Double>, audioReplayed: Cell<Double>, back: Cell<Double>, noInput: Cell<Double>,
        inputRejected: Cell<Double>, handedOff: Cell<Double>, struggled: Cell<Double>
    ) {
        self.helpAsked = helpAsked
        self.audioReplayed = audioReplayed
        self.back = back
        self.noInput = noInput
        self.inputRejected = inputRejected
        self.handedOff = handedOff
        self.struggled = struggled
    }
}

/// Sessions at a step with a worker note of one blockage category.
public struct WorkerNoteCount: Sendable, Equatable, Codable {
    public var category: BlockageCategory
    public var sessions: Cell<Int>

    public init(category: BlockageCategory, sessions: Cell<Int>) {
        self.category = category
        self.sessions = sessions
    }
}
