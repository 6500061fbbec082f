import ProcedureModel

/// An event as exports write it: what the log holds, minus anything a person may have typed or chosen.
///
/// Answers (`value` of `answered`) are dropped; `value` is kept only where it names a step (the step
/// gone back to, the outcome reached). `reason` keeps only fixed vocabularies: a worker note's
/// category (anything else becomes `other`), an outcome's result, a rejection code.
struct ExportedEvent {
    var event: GuideEvent

    init(_ event: GuideEvent) {
        var safe = event
        switch event.kind {
        // A feedback's value is one of three fixed words, never typed; an estimate's, the procedure's
        // benefit names, never an amount.
        case .back, .completed, .feedback, .estimateShown, .estimateFellBack: break
        default: safe.value = nil
        }
        switch event.kind {
        case .workerNote:
            safe.reason = (event.reason.flatMap(BlockageCategory.init(rawValue:)) ?? .other).rawValue
        case .completed:
            safe.reason = event.reason.flatMap(Outcome.init(rawValue:))?.rawValue
        case .inputRejected:
            safe.reason = event.reason.map { Self.isCode($0) ? $0 : "other" }
        case .estimateFellBack:
            safe.reason = event.reason.flatMap(EstimateFallback.init(rawValue:))?.rawValue
        default:
            safe.reason = nil
        }
        self.event = safe
    }

    /// A code such as `not-a-number`: lower-case letters, digits and hyphens, 40 at most.
    static func isCode(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 40
            && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }
}
