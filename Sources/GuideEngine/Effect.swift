public import ProcedureModel

/// What the caller must do after an input: show, speak, log, finish. The session itself does no I/O.
public enum Effect: Sendable, Hashable {
    /// Show a step; `reprompt` is 0 on entry and counts no-input re-prompts after that.
    case show(step: String, reprompt: Int)
    /// Speak this script.
    case play(AudioScript)
    /// Show (and read aloud) the step's longer explanation and where to get human help.
    case showHelp(step: String, help: String?, helpPoints: [String])
    /// The input was not accepted; nothing changed. Show ``Rejection/message``.
    case reject(Rejection)
    /// The person reached an outcome: what it says, and the documents to gather.
    case finish(outcomeStep: String, result: Outcome, checklist: [String])
    /// Abandoned or timed out: clear the screen, nothing personal may stay on it.
    case end
    /// The procedure itself is at fault (no way forward, a condition that cannot be evaluated);
    /// nothing changed. Meant for the author or a worker, not for the resident.
    case cannotContinue(String)
    /// Append this event to the blockage log.
    case log(GuideEvent)
}
