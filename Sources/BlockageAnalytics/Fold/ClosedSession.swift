import ProcedureModel

/// One session, summed up once its last event has been read.
struct ClosedSession {
    /// How the session stands at the end of the window.
    enum Ending {
        case completed(at: Int64, outcomeStep: Int, result: String?)
        case abandoned
        case timedOut
        /// No ending event, quiet for longer than the in-progress window.
        case stopped
        /// No ending event, active within the in-progress window: not an exit (yet).
        case inProgress
    }

    var startTime: Int64
    var version: String
    var channel: Channel
    var locale: String
    var site: String?
    var ending: Ending
    /// The last step entered, `-1` when none was.
    var lastEntered: Int

    /// The step the session was lost at, if it was.
    var exitStep: Int? {
        switch ending {
        case .completed, .inProgress: nil
        case .abandoned, .timedOut, .stopped: lastEntered >= 0 ? lastEntered : nil
        }
    }

    var isCompleted: Bool {
        if case .completed = ending { return true }
        return false
    }
}
