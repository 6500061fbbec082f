/// A whole démarche: metadata, its steps, and the scenarios that test it.
public struct Procedure: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    /// The version authors bump when the rules change, e.g. `2026-11`.
    public var version: String
    /// The language of the source text, e.g. `fr`.
    public var language: String
    public var title: String
    public var summary: String
    /// Who the procedure is for, in plain words.
    public var audience: String
    /// Where the kiosk's picker files the procedure; `nil` when the author left it out (the checker warns).
    public var theme: Theme?
    public var sources: [OfficialSource]
    public var start: Reference
    public var steps: [Step] {
        didSet { (indexByID, successorPositions) = Self.positions(of: steps) }
    }
    public var scenarios: [Scenario]
    /// The file it was loaded from, as given on the command line; used in diagnostics.
    public var file: String
    public var location: SourceLocation

    private var indexByID: [String: Int]
    /// Where each step's choices and `<next>` elements lead, by position, found once here so that a
    /// move through the procedure looks up no step id.
    private var successorPositions: [SuccessorPositions]

    public init(
        id: String, version: String, language: String, title: String, summary: String = "",
        audience: String = "", theme: Theme? = nil, sources: [OfficialSource] = [], start: Reference, steps: [Step],
        scenarios: [Scenario] = [], file: String = "", location: SourceLocation = .unknown
    ) {
        self.id = id
        self.version = version
        self.language = language
        self.title = title
        self.summary = summary
        self.audience = audience
        self.theme = theme
        self.sources = sources
        self.start = start
        self.steps = steps
        self.scenarios = scenarios
        self.file = file
        self.location = location
        (indexByID, successorPositions) = Self.positions(of: steps)
    }

    /// The position of each step id, and where each step's choices and `<next>` elements lead.
    private static func positions(of steps: [Step]) -> ([String: Int], [SuccessorPositions]) {
        // First definition wins; duplicates are the checker's to report.
        var index: [String: Int] = [:]
        for (position, step) in steps.enumerated() where index[step.id] == nil {
            index[step.id] = position
        }
        let successors = steps.map { step in
            SuccessorPositions(
                choices: step.choices.map { choice in choice.next.flatMap { index[$0] } },
                transitions: step.transitions.map { index[$0.target] })
        }
        return (index, successors)
    }

    public func step(_ id: String) -> Step? {
        indexByID[id].map { steps[$0] }
    }

    public func index(of stepID: String) -> Int? {
        indexByID[stepID]
    }

    /// The position of the step that choice `choice` (a position in its choices) of the step at `step`
    /// leads to; `nil` when the choice leaves it to the `<next>` elements or names a step that does not
    /// exist.
    public func successor(ofChoice choice: Int, atStep step: Int) -> Int? {
        successorPositions[step].choices[choice]
    }

    /// The position of the step that `<next>` element `transition` (a position in its transitions) of
    /// the step at `step` leads to; `nil` when it names a step that does not exist.
    public func successor(ofTransition transition: Int, atStep step: Int) -> Int? {
        successorPositions[step].transitions[transition]
    }
}

/// Where one step's choices and `<next>` elements lead, by position in ``Procedure/steps``, in their
/// order; `nil` where a choice has no `next` or a target does not exist.
struct SuccessorPositions: Sendable, Hashable, Codable {
    var choices: [Int?]
    var transitions: [Int?]
}

/// The official page a procedure follows, and when an author last checked it against the procedure.
public struct OfficialSource: Sendable, Hashable, Codable {
    public var href: String
    /// `YYYY-MM-DD`.
    public var checked: String
    public var title: String
    /// Where `checked` is written, for a diagnostic.
    public var location: SourceLocation

    public init(href: String, checked: String, title: String = "", location: SourceLocation = .unknown) {
        self.href = href
        self.checked = checked
        self.title = title
        self.location = location
    }
}

/// Answers in, expected outcome and checklist out: a procedure's own regression test.
public struct Scenario: Sendable, Hashable, Codable {
    public struct Answer: Sendable, Hashable, Codable {
        public var step: String
        public var value: String
        public var location: SourceLocation

        public init(step: String, value: String, location: SourceLocation = .unknown) {
            self.step = step
            self.value = value
            self.location = location
        }
    }

    public var name: String
    public var answers: [Answer]
    /// The outcome step the answers must reach.
    public var expectedOutcome: Reference
    /// The documents the personal checklist must hold at the end, if the scenario says.
    public var expectedDocuments: [Reference]?
    public var location: SourceLocation

    public init(
        name: String, answers: [Answer], expectedOutcome: Reference, expectedDocuments: [Reference]? = nil,
        location: SourceLocation = .unknown
    ) {
        self.name = name
        self.answers = answers
        self.expectedOutcome = expectedOutcome
        self.expectedDocuments = expectedDocuments
        self.location = location
    }
}
