// Measures how many transitions per second the interpreter makes on one thread.
//
// A synthetic procedure of 60 steps (59 choice questions, one outcome; every third question routed by
// `<next when>` XPath conditions) is loaded from XML like any procedure, then sessions are run through
// it for a few seconds with the real evaluator (libxml2 XPath). A second run with an evaluator that
// does no work shows the interpreter's own cost, apart from XPath; a third measures only building and
// dropping the effects every move must return (two events, show, play), which the API itself costs.
//
//     swift run -c release EngineBenchmark [seconds]

import GuideEngine
import ProcedureModel
import ProcedureXML

let goal = 1_000_000.0
let questions = 59

/// The procedure as an author would write it; `q{i}` routed by a condition when `i` is a multiple of 3.
func syntheticXML() -> String {
    var steps = ""
    for index in 0..<questions {
        let next = index + 1 < questions ? "q\(index + 1)" : "fin"
        let routed = index % 3 == 0
        let choices = ["a", "b"].map { value in
            let target = routed ? "" : " next=\"\(next)\""
            return "<choice value=\"\(value)\"\(target)><text>\(value)</text><audio>\(value)</audio></choice>"
        }
        let previous = index > 0 ? "q\(index - 1)" : "q0"
        let transitions = routed
            ? "<next step=\"\(next)\" when=\"$\(previous) = 'a' or $q\(index) = 'b'\"/><next step=\"\(next)\"/>" : ""
        steps += """
            <step id="q\(index)" kind="question"><text>Question \(index) ?</text><audio>Question \(index) ?</audio>
            \(choices.joined())\(transitions)</step>

            """
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <procedure xmlns="urn:ariane:procedure:1" id="bench" version="1" xml:lang="fr">
          <title>Banc d'essai</title>
          <source href="https://www.service-public.fr/" checked="2026-11-27"/>
          <start step="q0"/>
        \(steps)  <step id="fin" kind="outcome" result="eligible"><text>Fin.</text><audio>Fin.</audio></step>
        </procedure>
        """
}

/// Holds for every condition without looking at it: what is left is the interpreter's own cost.
struct NoWorkConditions: ConditionEvaluator {
    func isSatisfied(_ condition: Condition, answers: Answers) throws -> Bool { true }
}

struct Measurement {
    var transitions: Int
    var seconds: Double
    var perSecond: Double { Double(transitions) / seconds }
}

/// Runs whole sessions for `duration`; each answer that moves to another step is one transition.
func measure(_ procedure: Procedure, _ conditions: any ConditionEvaluator, for duration: Duration) -> Measurement {
    let clock = ContinuousClock()
    let context = SessionContext(sessionID: "bench", channel: .terminal, locale: "fr")
    let started = clock.now
    var transitions = 0, sessions = 0, effects = 0
    var time: Int64 = 0
    while clock.now - started < duration {
        // A batch between clock readings keeps the clock out of the figure.
        for _ in 0..<100 {
            var session = Session(procedure: procedure, context: context, conditions: conditions)
            effects &+= session.handle(.start, at: time).count
            var question = 0
            while case .atStep = session.state {
                time += 1
                // Vary the answers between sessions so both branches of the conditions are taken.
                let answer = (question &+ sessions) % 3 == 0 ? "b" : "a"
                let result = session.handle(.answer(answer), at: time)
                effects &+= result.count
                transitions += 1
                question += 1
            }
            // Every answer must have moved the session on, or the count above would be wrong.
            guard case .finished = session.state, question == questions else {
                fatalError("a benchmark session stopped early: \(session.state) after \(question) answers")
            }
            sessions += 1
        }
    }
    precondition(effects > 0)
    return Measurement(transitions: transitions, seconds: (clock.now - started).seconds)
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// Builds and drops what one move returns, and nothing else: the part of a transition the API fixes.
func measureEffectsAlone(for duration: Duration) -> Measurement {
    let clock = ContinuousClock()
    let audio = AudioScript(parts: [.text("Question ?")])
    let steps = (0..<questions).map { "q\($0)" }
    let started = clock.now
    var transitions = 0, effects = 0
    while clock.now - started < duration {
        for _ in 0..<10_000 {
            let step = steps[transitions % questions]
            let answered = GuideEvent(
                session: "bench", procedure: "bench", procedureVersion: "1", step: step, kind: .answered,
                time: Int64(transitions), channel: .terminal, locale: "fr", value: "a")
            let entered = GuideEvent(
                session: "bench", procedure: "bench", procedureVersion: "1", step: step, kind: .stepEntered,
                time: Int64(transitions), channel: .terminal, locale: "fr")
            effects &+= [Effect.log(answered), .log(entered), .show(step: step, reprompt: 0), .play(audio)].count
            transitions += 1
        }
    }
    precondition(effects > 0)
    return Measurement(transitions: transitions, seconds: (clock.now - started).seconds)
}

func report(_ label: String, _ result: Measurement) {
    print(label)
    print("  transitions/s: \(Int(result.perSecond))")
    print("  ratio to the 1 000 000 goal: \(String(format2: result.perSecond / goal))  (\(Int(1e9 / result.perSecond)) ns a transition)")
}

extension String {
    /// Two decimals without Foundation.
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        self = "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

let seconds = max(1, CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 3)
do {
    let procedure = try ProcedureLoader().loadProcedure(xml: syntheticXML(), file: "bench.xml")
    let xpath = try XPathConditions(procedure: procedure)
    print("synthetic procedure: \(procedure.steps.count) steps, \(procedure.steps.filter { !$0.transitions.isEmpty }.count) routed by XPath conditions; one thread, \(seconds) s a run")
    report("with XPath conditions (libxml2):", measure(procedure, xpath, for: .seconds(seconds)))
    report("interpreter alone (conditions answered without evaluation):", measure(procedure, NoWorkConditions(), for: .seconds(seconds)))
    report("effects alone (building and dropping 2 events, show, play; no interpreter):", measureEffectsAlone(for: .seconds(seconds)))
} catch {
    print("cannot build the synthetic procedure: \(error)")
}
