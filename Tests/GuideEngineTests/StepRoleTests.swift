import ProcedureModel
import Testing

/// A step built from a file's parts carries only what its kind uses, which the engine relies on.
@Suite("A step's role")
struct StepRoleTests {
    static let prompt = Prompt(text: "Texte")
    static let choices = [Choice(value: "1", next: "fin", prompt: prompt), Choice(value: "2", next: nil, prompt: prompt)]

    @Test("a question holds its answer kind and choices; a question without one takes choices")
    func question() {
        let yesNo = Step(id: "q", kind: .question, prompt: Self.prompt, answer: .yesNo, choices: Self.choices)
        #expect(yesNo.role == .question(.yesNo, choices: Self.choices))
        let unsaid = Step(id: "q", kind: .question, prompt: Self.prompt, choices: Self.choices)
        #expect(unsaid.role == .question(.choice, choices: Self.choices))
        #expect(unsaid.kind == .question && unsaid.answer == .choice && unsaid.successors.map(\.step) == ["fin"])
    }

    @Test("an outcome holds its result, or none when the author left it out")
    func outcome() {
        let eligible = Step(id: "fin", kind: .outcome, prompt: Self.prompt, outcome: .eligible)
        #expect(eligible.role == .outcome(.eligible) && eligible.outcome == .eligible)
        #expect(Step(id: "fin", kind: .outcome, prompt: Self.prompt).role == .outcome(nil))
    }

    @Test(
        "choices, answer kind and result on a kind that has none are dropped",
        arguments: [
            Step.Kind.information, .checklist, .action,
        ])
    func otherKinds(kind: Step.Kind) {
        let step = Step(id: "s", kind: kind, prompt: Self.prompt, answer: .date, choices: Self.choices, outcome: .refer)
        #expect(step.kind == kind)
        #expect(step.answer == nil && step.choices.isEmpty && step.outcome == nil && step.successors.isEmpty)
    }
}
