/// The stuck points worth looking at first, across procedures (see ``StuckPoint`` for the score).
enum StuckRanking {
    static let length = 10

    static func rank(_ tallies: [ProcedureTally], _ rule: SmallGroups) -> [StuckPoint] {
        var candidates: [StuckPoint] = []
        for tally in tallies {
            for step in tally.stepIDs.indices where tally.reached[step] >= rule.minimum {
                let score = Double(rule.visible(tally.exits[step])) + 0.5 * Double(rule.visible(tally.struggledStayed[step]))
                guard score > 0 else { continue }
                candidates.append(
                    StuckPoint(
                        rank: 0, procedure: tally.id, step: tally.stepIDs[step], score: score,
                        reached: rule.count(tally.reached[step]), exits: rule.count(tally.exits[step]),
                        exitRate: rule.rate(tally.exits[step], of: tally.reached[step]),
                        struggled: rule.rate(tally.struggled[step], of: tally.reached[step])))
            }
        }
        candidates.sort { left, right in
            if left.score != right.score { return left.score > right.score }
            let leftRate = left.exitRate.value ?? 0
            let rightRate = right.exitRate.value ?? 0
            if leftRate != rightRate { return leftRate > rightRate }
            return (left.procedure, left.step) < (right.procedure, right.step)
        }
        return candidates.prefix(length).enumerated().map { position, point in
            var ranked = point
            ranked.rank = position + 1
            return ranked
        }
    }
}
