import Foundation
import GuideEngine
import ProcedureModel

/// Drives a ``Session`` from typed lines and carries out its effects on the terminal.
struct TerminalGuide {
    enum Ending { case completed, quit, inputRanOut, procedureFault }

    var session: Session
    let screen: TerminalScreen
    var input: any LineSource
    let events: (any EventSink)?
    /// With an answers file, each answer is printed after its prompt so the transcript reads well.
    let echoesInput: Bool
    private var fault = false

    init(session: Session, library: ProcedureLibrary, input: any LineSource, events: (any EventSink)?, echoesInput: Bool) {
        self.session = session
        self.screen = TerminalScreen(procedure: session.procedure, library: library)
        self.input = input
        self.events = events
        self.echoesInput = echoesInput
    }

    mutating func walk() async throws -> Ending {
        screen.title()
        try await perform(.start)
        while true {
            if fault { return .procedureFault }
            switch session.state {
            case .finished: return .completed
            case .abandoned: return .quit
            case .notStarted, .atStep: break
            }
            screen.promptLine(for: session.currentStep)
            guard let line = input.nextLine() else {
                Console.out("")
                Console.out(TerminalText.inputRanOut(session.currentStep?.id ?? ""))
                try await perform(.abandon)
                return .inputRanOut
            }
            if echoesInput { Console.out(line) }
            try await perform(command(for: line))
        }
    }

    /// What a typed line means at the current step.
    func command(for line: String) -> Input {
        switch line.lowercased() {
        case "q": return .abandon
        case "b": return .back(steps: 1)
        case "?": return .help
        case "a": return .listen
        default: break
        }
        guard let step = session.currentStep, step.kind == .question else { return .proceed }
        // Choices are shown numbered: a number picks by position, anything else is taken as a value.
        if step.answer == .choice || step.answer == .yesNo, let position = Int(line), step.choices.indices.contains(position - 1) {
            return .answer(step.choices[position - 1].value)
        }
        return .answer(line)
    }

    private mutating func perform(_ input: Input) async throws {
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        var previous: Effect? = nil
        for effect in session.handle(input, at: now) {
            // A step's script is printed with the step itself; only replays are printed apart.
            if case .play = effect, case .show? = previous { continue }
            try await carryOut(effect)
            previous = effect
        }
    }

    private mutating func carryOut(_ effect: Effect) async throws {
        switch effect {
        case .log(let event): try await events?.append(event)
        case .show(let step, let reprompt): screen.show(step: step, reprompt: reprompt)
        case .play(let audio): screen.speak(audio)
        case .showHelp(let step, let help, let helpPoints): screen.help(step: step, text: help, helpPoints: helpPoints)
        case .reject(let rejection): screen.reject(TerminalText.refusal(rejection))
        case .finish(let outcome, let result, let checklist): screen.finish(outcome: outcome, result: result, checklist: checklist)
        case .end: screen.ended()
        case .cannotContinue(let reason):
            Console.error("\(session.procedure.file): error: \(reason)")
            fault = true
        }
    }
}
