// Measures how many transitions per second the interpreter makes on one thread.
//
// A synthetic procedure of 60 steps (59 choice questions, one outcome; every third question routed by
// `<next when>` XPath conditions) is loaded from XML like any procedure, then sessions are run through
// it for a few seconds with the real evaluator (libxml2 XPath). A second run with an evaluator that
// does no work shows the interpreter's own cost, apart from XPath; a third measures only building and
// dropping the effects every move must return (two events, show, play), which the API itself costs.
//
// Rates are per second of this thread's CPU time, so that other work on a shared machine does not
// count against the interpreter; the wall-clock rate is printed beside it.
//
//     swift run -c release EngineBenchmark [seconds]
//     swift run -c release EngineBenchmark count xpath|alone SESSIONS   (for an instruction counter)

import GuideEngine
import ProcedureModel
import ProcedureXML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
        let transitions =
            routed
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
    /// CPU time of this thread: what one core did for us.
    var cpuSeconds: Double
    var wallSeconds: Double
    var perSecond: Double { Double(transitions) / cpuSeconds }
    var perWallSecond: Double { Double(transitions) / wallSeconds }
}

/// Seconds of CPU this thread has used.
func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Runs `batch` until `duration` of wall-clock time has passed; `batch` returns the transitions it made.
func timed(for duration: Duration, _ batch: () -> Int) -> Measurement {
    let clock = ContinuousClock()
    let started = clock.now
    let cpuStarted = threadCPUSeconds()
    var transitions = 0
    // A batch between clock readings keeps the clocks out of the figure.
    while clock.now - started < duration { transitions += batch() }
    return Measurement(
        transitions: transitions, cpuSeconds: threadCPUSeconds() - cpuStarted, wallSeconds: (clock.now - started).seconds)
}

/// Whole sessions through the synthetic procedure; each answer that moves to another step is one transition.
struct SessionRunner {
    let procedure: Procedure
    let conditions: any ConditionEvaluator
    let context = SessionContext(sessionID: "bench", channel: .terminal, locale: "fr")
    var sessions = 0
    var effects = 0
    var time: Int64 = 0

    /// Runs `count` sessions to their outcome; returns the transitions made.
    mutating func run(_ count: Int) -> Int {
        var transitions = 0
        for _ in 0..<count {
            var session = Session(procedure: procedure, context: context, conditions: conditions)
            effects &+= session.handle(.start, at: time).count
            var question = 0
            while case .atStep = session.state {
                time += 1
                // Vary the answers between sessions so both branches of the conditions are taken.
                let answer = (question &+ sessions) % 3 == 0 ? "b" : "a"
                effects &+= session.handle(.answer(answer), at: time).count
                question += 1
            }
            // Every answer must have moved the session on, or the count would be wrong.
            guard case .finished = session.state, question == questions else {
                fatalError("a benchmark session stopped early: \(session.state) after \(question) answers")
            }
            transitions += question
            sessions += 1
        }
        precondition(effects > 0)
        return transitions
    }
}

/// Runs whole sessions for `duration`.
func measure(_ procedure: Procedure, _ conditions: any ConditionEvaluator, for duration: Duration) -> Measurement {
    var runner = SessionRunner(procedure: procedure, conditions: conditions)
    return timed(for: duration) { runner.run(100) }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// Builds and drops what one move returns, and nothing else: the part of a transition the API fixes.
func measureEffectsAlone(for duration: Duration) -> Measurement {
    let audio = AudioScript(parts: [.text("Question ?")])
    let steps = (0..<questions).map { "q\($0)" }
    // Built as the interpreter builds them: on one event of the session, whose context they share.
    let session = GuideEvent(
        session: "bench", procedure: "bench", procedureVersion: "1", step: nil, kind: .sessionStarted, time: 0,
        channel: .terminal, locale: "fr")
    var count = 0
    var effects = 0
    let result = timed(for: duration) {
        for _ in 0..<10_000 {
            let step = steps[count % questions]
            let answered = GuideEvent(sessionOf: session, step: step, kind: .answered, time: Int64(count), value: "a")
            let entered = GuideEvent(sessionOf: session, step: step, kind: .stepEntered, time: Int64(count))
            effects &+= [Effect.log(answered), .log(entered), .show(step: step, reprompt: 0), .play(audio)].count
            count += 1
        }
        return 10_000
    }
    precondition(effects > 0)
    return result
}

func report(_ label: String, _ result: Measurement) {
    print(label)
    print("  transitions/s: \(Int(result.perSecond))")
    print("  ratio to the 1 000 000 goal: \(String(format2: result.perSecond / goal))  (\(Int(1e9 / result.perSecond)) ns a transition)")
    print("  wall clock: \(Int(result.perWallSecond)) transitions/s (\(Int(result.cpuSeconds / result.wallSeconds * 100)) % of a core was ours)")
}

extension String {
    /// Two decimals without Foundation.
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        self = "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    let procedure = try ProcedureLoader().loadProcedure(xml: syntheticXML(), file: "bench.xml")
    let xpath = try XPathConditions(procedure: procedure)
    // `count xpath|alone N`: exactly N sessions, for an instruction counter (bench/instructions.sh).
    if arguments.first == "count", arguments.count == 3, let count = Int(arguments[2]) {
        var runner = SessionRunner(procedure: procedure, conditions: arguments[1] == "alone" ? NoWorkConditions() : xpath)
        print("transitions: \(runner.run(count))")
        exit(0)
    }
    let seconds = max(1, arguments.first.flatMap { Int($0) } ?? 3)
    print(
        "synthetic procedure: \(procedure.steps.count) steps, \(procedure.steps.filter { !$0.transitions.isEmpty }.count) routed by XPath conditions; one thread, \(seconds) s a run"
    )
    report("with XPath conditions (plain ones in Swift, any other by libxml2):", measure(procedure, xpath, for: .seconds(seconds)))
    report("interpreter alone (conditions answered without evaluation):", measure(procedure, NoWorkConditions(), for: .seconds(seconds)))
    report("effects alone (building and dropping 2 events, show, play; no interpreter):", measureEffectsAlone(for: .seconds(seconds)))
} catch {
    print("cannot build the synthetic procedure: \(error)")
}
