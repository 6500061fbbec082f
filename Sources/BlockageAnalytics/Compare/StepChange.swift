/// One step of a procedure in two views (two periods, or two versions): how many left there in
/// each, and whether the difference is larger than chance would explain.
public struct StepChange: Sendable, Equatable, Codable {
    public var step: String
    /// `nil` when no session reached the step in that view.
    public var before: StepReport?
    public var after: StepReport?
    /// After minus before, in exit rate (−0.1 is ten points fewer exits); `nil` when either rate is
    /// hidden by the small-group rule, so that no hidden number is ever compared.
    public var difference: Double?
    /// The two-proportion test's p-value, with the difference.
    public var pValue: Double?

    public init(step: String, before: StepReport?, after: StepReport?, difference: Double?, pValue: Double?) {
        self.step = step
        self.before = before
        self.after = after
        self.difference = difference
        self.pValue = pValue
    }

    /// Whether the difference is larger than chance would explain (p below ``ProportionTest/threshold``).
    public var exceedsChance: Bool {
        (pValue ?? 1) < ProportionTest.threshold
    }

    /// The steps of a procedure in two reports of it, in the later one's path order, then the steps
    /// only the earlier one saw.
    public static func compare(before: ProcedureReport?, after: ProcedureReport?) -> [StepChange] {
        let earlier = before?.steps ?? []
        let later = after?.steps ?? []
        var ids = later.map(\.step)
        for step in earlier where !ids.contains(step.step) { ids.append(step.step) }
        return ids.map { id in
            let old = earlier.first { $0.step == id }
            let new = later.first { $0.step == id }
            guard let old, let new, let oldRate = old.exitRate.value, let newRate = new.exitRate.value,
                let oldExits = old.exits.value, let oldReached = old.reached.value,
                let newExits = new.exits.value, let newReached = new.reached.value
            else { return StepChange(step: id, before: old, after: new, difference: nil, pValue: nil) }
            return StepChange(
                step: id, before: old, after: new, difference: newRate - oldRate,
                pValue: ProportionTest.pValue(oldExits, of: oldReached, newExits, of: newReached))
        }
    }
}
