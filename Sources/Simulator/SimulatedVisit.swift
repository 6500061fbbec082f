import GuideEngine
import ProcedureModel

/// Who comes, where, and how at ease they are: drawn at random for one simulated session.
///
/// The proportions are invented for demonstrations and benchmarks, not measured: most sessions at
/// a kiosk, many beside a mediator; mostly French, some Arabic and English; many people who read
/// with difficulty or have rarely used a screen.
struct SimulatedVisit {
    let procedure: Procedure
    let context: SessionContext
    let start: Int64
    /// 0: reads easily; 1: cannot read. Raises listening and asking for help.
    let readingDifficulty: Double
    /// 0: never used a screen; 1: at ease. Low values mean silences, re-prompts and hand-offs.
    let digitalEase: Double
    /// 0: leaves at the first difficulty; 1: sees it through.
    let patience: Double

    static let sites = ["mairie-centre", "centre-social-nord", "centre-social-sud", "france-services", "mediatheque", "ccas"]

    init(procedures: [Procedure], start: Int64, random: inout SplitMix64) {
        procedure = procedures[Int.random(in: 0..<procedures.count, using: &random)]
        let channel = random.pick([(Channel.kiosk, 0.62), (.assisted, 0.33), (.terminal, 0.05)])
        let locale = random.pick([("fr", 0.7), ("ar", 0.18), ("en", 0.12)])
        var site: String?
        var terminal: String?
        switch channel {
        case .kiosk:
            site = Self.sites[Int.random(in: 0..<Self.sites.count, using: &random)]
            terminal = "borne-\(Int.random(in: 1...3, using: &random))"
        case .assisted:
            site = Self.sites[Int.random(in: 0..<Self.sites.count, using: &random)]
            terminal = "poste-\(Int.random(in: 1...2, using: &random))"
        case .terminal:
            break
        }
        context = SessionContext(sessionID: random.sessionID(), channel: channel, site: site, terminal: terminal, locale: locale)
        self.start = start
        // Reading in a language not one's own is harder: every procedure is in French for now.
        let foreign = locale == procedure.language ? 0 : 0.35
        readingDifficulty = min(1, Double.random(in: 0..<0.8, using: &random) + foreign)
        digitalEase = Double.random(in: 0..<1, using: &random)
        patience = Double.random(in: 0.2..<1, using: &random)
    }
}
