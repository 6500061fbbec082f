/// A step where people get stuck, ranked across procedures by ``score``.
///
/// `score = exits + ½ × struggled-and-stayed`: the sessions lost at the step, plus half of those
/// that struggled there (help, re-prompt, rejection, hand-off, worker note) but went on. It counts
/// people, so it is an exit rate weighted by how many reach the step. Only shown numbers enter it
/// (hidden ones count as zero), so the score never reveals a hidden count.
public struct StuckPoint: Sendable, Equatable, Codable {
    /// 1 for the worst.
    public var rank: Int
    public var procedure: String
    public var step: String
    public var score: Double
    public var reached: Cell<Int>
    public var exits: Cell<Int>
    public var exitRate: Cell<Double>
    public var struggled: Cell<Double>

    public init(
        rank: Int, procedure: String, step: String, score: Double, reached: Cell<Int>, exits: Cell<Int>,
        exitRate: Cell<Double>, struggled: Cell<Double>
    ) {
        self.rank = rank
        self.procedure = procedure
        self.step = step
        self.score = score
        self.reached = reached
        self.exits = exits
        self.exitRate = exitRate
        self.struggled = struggled
    }
}
