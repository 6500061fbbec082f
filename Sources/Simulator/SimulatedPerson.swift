import GuideEngine
import ProcedureModel

/// Walks one simulated person through a real ``Session``: listening, silences, help, going back,
/// hand-offs with a worker's note, giving up at hard steps, or reaching an outcome.
///
/// Only the engine writes events; the person only chooses inputs and how long each takes.
struct SimulatedPerson {
    private var session: Session
    private let visit: SimulatedVisit
    private var random: SplitMix64
    private var clock: Int64
    /// A worker is beside the person: an assisted session, or a kiosk session after a hand-off.
    private var helped: Bool
    private var faulted = false
    private(set) var events: [GuideEvent] = []

    /// Past this many inputs the person is taken to have left (a procedure that loops).
    static let inputLimit = 200

    /// The events of `visit`'s session, walked with `random`.
    static func walk(_ visit: SimulatedVisit, conditions: any ConditionEvaluator, random: SplitMix64) -> [GuideEvent] {
        var person = SimulatedPerson(visit: visit, conditions: conditions, random: random)
        person.walk()
        return person.events
    }

    private init(visit: SimulatedVisit, conditions: any ConditionEvaluator, random: SplitMix64) {
        self.session = Session(procedure: visit.procedure, context: visit.context, conditions: conditions)
        self.visit = visit
        self.random = random
        self.clock = visit.start
        self.helped = visit.context.channel == .assisted
    }

    private mutating func walk() {
        perform(.start, after: 0)
        var inputs = 0
        while case .atStep = session.state, let step = session.currentStep, !faulted {
            guard inputs < Self.inputLimit else { return perform(.abandon, after: 30) }
            act(at: step)
            inputs += 1
        }
        if faulted, case .atStep = session.state { perform(.abandon, after: 10) }
    }

    /// What the person does at `step`, from hesitations to the answer that moves them on.
    private mutating func act(at step: Step) {
        let reading = visit.readingDifficulty
        let atKiosk = visit.context.channel == .kiosk
        let struggle = StepDifficulty.of(step, in: visit.procedure) * (0.4 + 0.6 * reading + 0.6 * (1 - visit.digitalEase)) * (helped ? 0.5 : 1)
        if visit.context.channel != .terminal, step.prompt.audio != nil, random.chance(0.1 + 0.5 * reading) {
            perform(.listen, after: 2)
            if random.chance(0.4 * reading) { perform(.listen, after: 6) }
        }
        if atKiosk, !helped {
            var silences = 0
            while silences < 3, random.chance(0.35 * struggle * (1 - visit.digitalEase)) {
                perform(.noInput, after: 20)
                silences += 1
            }
            if silences == 3, random.chance(0.6) { return perform(.timeout, after: 60) }
        }
        if random.chance(0.3 * struggle) { perform(.help, after: 10) }
        if random.chance(0.03 + 0.07 * reading) { perform(.openGlossary(term: "—"), after: 8) }
        if struggle > 0.35, random.chance(0.3 * struggle) {
            if atKiosk, !helped, random.chance(0.5) {
                perform(.handOff, after: 30)
                helped = true
            }
            if helped {
                let foreign = visit.context.locale != visit.procedure.language
                let weights = StepDifficulty.blockages(at: step, foreignLanguage: foreign, digitalEase: visit.digitalEase)
                perform(.workerNote(random.pick(weights)), after: 120)
            }
        }
        if random.chance(0.01 + 0.4 * struggle * struggle * (1 - visit.patience)) { return perform(.abandon, after: 20) }
        if session.path.count > 1, random.chance(0.03 + 0.05 * struggle) {
            return perform(.back(steps: random.chance(0.85) ? 1 : 2), after: 4)
        }
        let readingTime = 5 + 12 * reading + 8 * struggle
        if step.kind == .question { answer(step, struggle: struggle, after: readingTime) } else { perform(.proceed, after: readingTime) }
    }

    /// An answer to `step`, sometimes after one the step rejects.
    private mutating func answer(_ step: Step, struggle: Double, after seconds: Double) {
        switch step.answer ?? .choice {
        case .choice, .yesNo:
            let values = step.choices.isEmpty ? ["oui", "non"] : step.choices.map(\.value)
            perform(.answer(values[Int.random(in: 0..<values.count, using: &random)]), after: seconds)
        case .number(let minimum, let maximum, _, _, _):
            if random.chance(0.25 * struggle) { perform(.answer("beaucoup"), after: seconds) }
            let low = minimum ?? 0
            let high = maximum ?? max(low, 3_000)
            if maximum != nil, random.chance(0.1 * struggle) { perform(.answer(String(Int(high) * 10 + 5)), after: 5) }
            perform(.answer(String(Int(Double.random(in: low...high, using: &random)))), after: seconds)
        case .date:
            if random.chance(0.25 * struggle) { perform(.answer("31/02"), after: seconds) }
            let year = Int.random(in: 1940...2007, using: &random)
            let month = Int.random(in: 1...12, using: &random)
            let day = Int.random(in: 1...28, using: &random)
            perform(.answer("\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"), after: seconds)
        }
    }

    /// Feeds `input` to the session `seconds` (typically) after the last one, keeping what it logs.
    private mutating func perform(_ input: Input, after seconds: Double) {
        if seconds > 0 { clock += random.dwell(seconds) }
        for effect in session.handle(input, at: clock) {
            switch effect {
            case .log(let event): events.append(event)
            case .cannotContinue: faulted = true
            default: break
            }
        }
    }
}
