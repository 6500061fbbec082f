public import ProcedureModel

/// The path a started session has walked: never empty, the current step last, the answers in step with it.
///
/// Steps are kept by position in `procedure.steps`. Only the session changes a walk, through moves that
/// keep it whole: on to a next step, or back towards the first.
public struct Walk: Sendable, Hashable {
    /// A step passed on the way, with the answer given there (none for a step that asks nothing).
    struct Visit: Sendable, Hashable {
        var step: Int
        var answer: AnswerValue?
    }

    /// The steps passed before the current one, from the first.
    private(set) var passed: [Visit]
    /// Position of the step waiting for input, or of the outcome reached.
    private(set) var current: Int
    /// The latest answer to each step passed: what conditions read.
    public internal(set) var answers: Answers
    /// No-input re-prompts since the current step was entered.
    public internal(set) var reprompts: Int
    /// "Écouter" presses since the current step was entered.
    public internal(set) var listens: Int

    /// How many answers the table makes room for at the first one.
    private let questions: Int

    /// A walk that has just begun at `step`, in a procedure of `questions` steps at most that ask.
    init(startingAt step: Int, questions: Int) {
        self.passed = []
        self.current = step
        self.questions = questions
        // No table yet: a session left at its first step (a resident who walked away, a client that
        // only opened one) holds none. The first answer makes room for them all at once.
        self.answers = Answers()
        self.reprompts = 0
        self.listens = 0
    }

    /// Sets the answer to step `id`, making room for every question at the first answer: growing the
    /// table step by step costs more than the moves.
    mutating func setAnswer(_ value: AnswerValue?, to id: String) {
        if answers.isEmpty, value != nil { answers.reserveCapacity(questions) }
        answers[id] = value
    }

    /// A walk along `visits` as saved, the last one current; `nil` when there is none.
    init?(visits: [Visit], in procedure: Procedure) {
        guard let last = visits.last else { return nil }
        self.passed = Array(visits.dropLast())
        self.current = last.step
        self.questions = procedure.steps.count
        self.answers = Answers()
        self.reprompts = 0
        self.listens = 0
        recountAnswers(in: procedure)
    }

    /// How many steps the person can go back.
    var stepsBehind: Int { passed.count }

    /// Every step from the first to the current one, the current one without an answer.
    var visits: [Visit] { passed + [Visit(step: current)] }

    /// Leaves the current step, with its answer if it took one, for step `next`.
    mutating func moveOn(to next: Int, answer: AnswerValue?) {
        passed.append(Visit(step: current, answer: answer))
        current = next
    }

    /// Returns `count` steps back (between 1 and ``stepsBehind``), forgetting the answers from there on.
    mutating func goBack(_ count: Int, in procedure: Procedure) {
        current = passed[passed.count - count].step
        passed.removeLast(count)
        recountAnswers(in: procedure)
    }

    /// The answer step `index` had before the current visit: from an earlier visit, on a path that loops.
    func earlierAnswer(to index: Int) -> AnswerValue? {
        passed.last { $0.step == index && $0.answer != nil }?.answer
    }

    /// Answers rebuilt from the steps passed rather than patched: on a path that loops, an earlier
    /// visit's answer comes back.
    private mutating func recountAnswers(in procedure: Procedure) {
        var answers = Answers()
        for visit in passed {
            if let answer = visit.answer { answers[procedure.steps[visit.step].id] = answer }
        }
        self.answers = answers
    }
}
