import BlockageAnalytics

/// "Did our change help?" on the page: each step's exits in the two views, the difference, and
/// whether it is larger than chance would explain, in plain words.
struct ComparisonView {
    struct Row {
        let name: StepName
        let before: String
        let after: String
        let difference: String
        let verdict: String
        /// The difference is larger than chance would explain.
        let beyondChance: Bool
    }

    let before: String
    let after: String
    let rows: [Row]

    init(_ changes: [StepChange], before: String, after: String, procedure: String, names: StepNamer, k: Int) {
        self.before = before
        self.after = after
        let numbers = FrenchNumbers(k: k)
        func side(_ step: StepReport?) -> String {
            guard let step else { return "aucune ou moins de \(k) arrivées" }
            return "\(numbers.count(step.exits)) sur \(numbers.count(step.reached)) (\(numbers.percent(step.exitRate)))"
        }
        rows = changes.map { change in
            let difference = change.difference.map(Self.points) ?? "–"
            return Row(
                name: names.step(procedure, change.step), before: side(change.before), after: side(change.after),
                difference: difference, verdict: Self.verdict(change, k: k), beyondChance: change.exceedsChance)
        }
    }

    /// "−12 points", "+3 points", "0 point".
    static func points(_ difference: Double) -> String {
        let points = Int((difference * 100).rounded())
        if points == 0 { return "0 point" }
        return "\(points > 0 ? "+" : "−")\(abs(points)) point\(abs(points) > 1 ? "s" : "")"
    }

    static func verdict(_ change: StepChange, k: Int) -> String {
        // A step missing from one view was reached by nobody there, or by fewer than K once the
        // small groups are left out: the same words for both, so that neither is given away.
        guard let p = change.pValue else { return "Pas de comparaison : aucune ou moins de \(k) personnes dans une des deux périodes." }
        if change.difference == 0 { return "Aucune différence." }
        let value = FrenchNumbers.pValue(p)
        return change.exceedsChance
            ? "La différence est plus grande que ce que le hasard expliquerait (\(value))."
            : "La différence pourrait être due au hasard (\(value))."
    }
}
