import ProcedureModel

extension Session {
    /// Takes one input at `time` (milliseconds since 1970) and says what the caller must do.
    ///
    /// An input the current state does not accept yields ``Effect/reject(_:)`` and changes nothing.
    public mutating func handle(_ input: Input, at time: Int64) -> [Effect] {
        switch state {
        case .notStarted:
            if case .start = input { return start(at: time) }
            return [.reject(.notStarted)]
        case .finished, .abandoned:
            if case .resume = input { return resume(at: time) }
            return [.reject(.sessionEnded)]
        case .atStep:
            return handleAtStep(input, at: time)
        }
    }

    private mutating func handleAtStep(_ input: Input, at time: Int64) -> [Effect] {
        switch input {
        case .start: rejected(.alreadyStarted, at: time)
        case .answer(let given): answer(given, at: time)
        case .proceed: proceed(at: time)
        case .back(let steps): back(steps, at: time)
        case .help: help(at: time)
        case .listen: listen(at: time)
        case .noInput: noInput(at: time)
        case .timeout: end(.timedOut, at: time)
        case .abandon: end(.abandoned, at: time)
        case .openGlossary: [event(.glossaryOpened, at: time)]
        case .handOff: [event(.handedOff, at: time)]
        case .workerNote(let category): [event(.workerNote, at: time, reason: category.rawValue)]
        case .resume: resume(at: time)
        }
    }
}
