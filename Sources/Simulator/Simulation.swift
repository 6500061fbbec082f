import GuideEngine
public import ProcedureModel

/// A run of synthetic sessions over real procedures: session `i` of `n` starts after session `i - 1`,
/// within opening hours, and is the same for the same seed on every machine.
///
/// ```swift
/// let run = Simulation(procedures: [(procedure, conditions)], sessions: 1_000, seed: 1, firstMidnight: day, days: 28)
/// for index in 0..<run.sessions { store(run.events(ofSession: index)) }
/// ```
public struct Simulation {
    private let procedures: [Procedure]
    private let conditions: [any ConditionEvaluator]
    private let hours: OpeningHours
    public let sessions: Int
    public let seed: UInt64

    /// `firstMidnight` is the first day's midnight UTC (ms since 1970); the sessions are spread over
    /// the opening hours of `days` days from it.
    public init(
        procedures: [(procedure: Procedure, conditions: any ConditionEvaluator)], sessions: Int, seed: UInt64,
        firstMidnight: Int64, days: Int
    ) {
        self.procedures = procedures.map(\.procedure)
        self.conditions = procedures.map(\.conditions)
        self.hours = OpeningHours(from: firstMidnight, days: days)
        self.sessions = sessions
        self.seed = seed
    }

    /// The events of session `index` (from 0), as the engine logged them.
    public func events(ofSession index: Int) -> [GuideEvent] {
        guard !procedures.isEmpty else { return [] }
        var random = SplitMix64(seed: seed, item: UInt64(index))
        let moment = hours.moment(at: (Double(index) + Double.random(in: 0..<1, using: &random)) / Double(max(sessions, 1)))
        let visit = SimulatedVisit(procedures: procedures, start: moment, random: &random)
        let position = procedures.firstIndex { $0.id == visit.procedure.id } ?? 0
        return SimulatedPerson.walk(visit, conditions: conditions[position], random: random)
    }
}
