public import ProcedureModel

/// What happened to the sessions of one procedure, step by step and over time.
public struct ProcedureReport: Sendable, Equatable, Codable {
    public var procedure: String
    /// The procedure versions seen, sorted.
    public var versions: [String]
    public var sessions: SessionCounts
    /// Completed sessions by outcome step, most frequent first.
    public var outcomes: [OutcomeCount]
    /// From `session-started` to `completed`, over completed sessions (pauses included).
    public var timeToCompletion: Durations
    /// From `mediator-called` to `mediator-answered`, over the calls a worker answered: how long a
    /// resident waited at the kiosk for a person.
    public var timeToAnswer: Durations
    /// In path order: by the average position at which sessions first entered each step.
    public var steps: [StepReport]
    /// For whom: sessions and completion by channel, language and site.
    public var audience: Audience
    /// Sessions started, completion and the worst step, per week or month of session start.
    public var trend: [PeriodReport]
    /// The answers to "did this help?" at the end.
    public var feedback: FeedbackCounts

    public init(
        procedure: String, versions: [String], sessions: SessionCounts, outcomes: [OutcomeCount],
        timeToCompletion: Durations, timeToAnswer: Durations, steps: [StepReport], audience: Audience, trend: [PeriodReport],
        feedback: FeedbackCounts
    ) {
        self.procedure = procedure
        self.versions = versions
        self.sessions = sessions
        self.outcomes = outcomes
        self.timeToCompletion = timeToCompletion
        self.timeToAnswer = timeToAnswer
        self.steps = steps
        self.audience = audience
        self.trend = trend
        self.feedback = feedback
    }
}

/// How sessions of a procedure ended. `started = completed + notCompleted + inProgress`.
public struct SessionCounts: Sendable, Equatable, Codable {
    public var started: Cell<Int>
    public var completed: Cell<Int>
    /// `completed / started`.
    public var completionRate: Cell<Double>
    /// Ended without `completed`: `abandoned + timedOut + stopped`.
    public var notCompleted: Cell<Int>
    /// Last ended by an `abandoned` event (the person quit).
    public var abandoned: Cell<Int>
    /// Last ended by a `timed-out` event.
    public var timedOut: Cell<Int>
    /// No ending event and quiet for longer than ``BlockageAnalytics/inProgressWindow``.
    public var stopped: Cell<Int>
    /// No ending event yet and an event within ``BlockageAnalytics/inProgressWindow`` of `now`.
    public var inProgress: Cell<Int>

    public init(
        started: Cell<Int>, completed: Cell<Int>, completionRate: Cell<Double>, notCompleted: Cell<Int>,
        abandoned: Cell<Int>, timedOut: Cell<Int>, stopped: Cell<Int>, inProgress: Cell<Int>
    ) {
        self.started = started
        self.completed = completed
        self.completionRate = completionRate
        self.notCompleted = notCompleted
        self.abandoned = abandoned
        self.timedOut = timedOut
        self.stopped = stopped
        self.inProgress = inProgress
    }
}

/// Completed sessions that ended at one outcome step.
public struct OutcomeCount: Sendable, Equatable, Codable {
    public var step: String
    /// `eligible`, `not-eligible` or `refer`, as logged with `completed`.
    public var result: String?
    public var sessions: Cell<Int>

    public init(step: String, result: String?, sessions: Cell<Int>) {
        self.step = step
        self.result = result
        self.sessions = sessions
    }
}

/// The median and 90th percentile of durations, one per session, in milliseconds.
public struct Durations: Sendable, Equatable, Codable {
    /// How many sessions were measured.
    public var measured: Cell<Int>
    /// `nil` when no session was measured at all (an outcome step, say); suppressed when too few were.
    public var medianMilliseconds: Cell<Milliseconds>?
    public var p90Milliseconds: Cell<Milliseconds>?

    public init(measured: Cell<Int>, medianMilliseconds: Cell<Milliseconds>?, p90Milliseconds: Cell<Milliseconds>?) {
        self.measured = measured
        self.medianMilliseconds = medianMilliseconds
        self.p90Milliseconds = p90Milliseconds
    }
}
