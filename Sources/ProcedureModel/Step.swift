/// One screen of a procedure: something to read, a question, documents to gather, an action, or an outcome.
///
/// What a step asks of the person is its ``role``, which carries what that needs (a question's answer kind
/// and choices, an outcome's result), so that a question without choices to hold or an outcome with
/// choices cannot be written down.
public struct Step: Sendable, Hashable, Codable, Identifiable {
    /// The step's kind as the `kind` attribute names it, without the data each kind carries.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Something to read, then "continuer".
        case information
        /// A question; its answer is a variable (`$id`) for later conditions.
        case question
        /// Documents to gather.
        case checklist
        /// Something to do elsewhere: call, go to an office, use a website.
        case action
        /// The end of the path: what the person is entitled to and what to do next.
        case outcome
    }

    public var id: String
    public var role: Role
    public var prompt: Prompt
    /// Sensitive answers (health, immigration status, income detail) are never written to a log.
    public var isSensitive: Bool
    /// `<next>` elements, tried in order after the chosen choice's own `next=`.
    public var transitions: [Transition]
    /// The documents to gather at a checklist step or named by an outcome.
    public var documents: [Reference]
    public var helpPoints: [Reference]
    /// Kinds of local organisation (`<organisation kind="ccas"/>`): the kiosk shows the nearest places
    /// of each kind from the site's directory, or the kind's national service (``OrganisationKind``).
    public var organisations: [Reference] = []
    public var action: Action?
    /// What the household may receive, computed when the step is reached (`<estimate>`); `nil` for most steps.
    public var estimate: Estimate? = nil
    public var location: SourceLocation

    public init(
        id: String, role: Role, prompt: Prompt, isSensitive: Bool = false, transitions: [Transition] = [],
        documents: [Reference] = [], helpPoints: [Reference] = [], action: Action? = nil,
        location: SourceLocation = .unknown
    ) {
        self.id = id
        self.role = role
        self.prompt = prompt
        self.isSensitive = isSensitive
        self.transitions = transitions
        self.documents = documents
        self.helpPoints = helpPoints
        self.action = action
        self.location = location
    }

    /// A step from its parts as a file spells them: the `kind` attribute, and the `answer`, choices and
    /// `result` that belong to some kinds only.
    ///
    /// Parts another kind would carry are dropped: choices on a step that is not a question are never
    /// shown, a `result` outside an outcome never read. A question without an answer kind takes
    /// choices, as the schema says.
    public init(
        id: String, kind: Kind, prompt: Prompt, answer: AnswerKind? = nil, isSensitive: Bool = false,
        choices: [Choice] = [], transitions: [Transition] = [], documents: [Reference] = [],
        helpPoints: [Reference] = [], action: Action? = nil, outcome: Outcome? = nil,
        location: SourceLocation = .unknown
    ) {
        let role: Role =
            switch kind {
            case .information: .information
            case .question: .question(answer ?? .choice, choices: choices)
            case .checklist: .checklist
            case .action: .action
            case .outcome: .outcome(outcome)
            }
        self.init(
            id: id, role: role, prompt: prompt, isSensitive: isSensitive, transitions: transitions,
            documents: documents, helpPoints: helpPoints, action: action, location: location)
    }

    /// Every step this one can lead to, with the place in the file that says so.
    public var successors: [(step: String, location: SourceLocation)] {
        choices.compactMap { choice in choice.next.map { ($0, choice.location) } }
            + transitions.map { ($0.target, $0.location) }
    }

    public func choice(_ value: String) -> Choice? {
        choices.first { $0.value == value }
    }
}

/// What kind of answer a question takes.
public enum AnswerKind: Sendable, Hashable, Codable {
    /// One of the listed choices.
    case choice
    /// Choices `oui` and `non`.
    case yesNo
    /// A number typed on a keypad, within bounds.
    ///
    /// `whole` is for answers that count something (people, children, years): `2,5` is refused.
    /// `example` is shown beside the field, so that a count of people is not given `850` as its model.
    case number(minimum: Double?, maximum: Double?, unit: String?, whole: Bool = false, example: String? = nil)
    /// A date, `YYYY-MM-DD`; conditions see it as the number `YYYYMMDD`.
    case date
}

/// A button under a question.
public struct Choice: Sendable, Hashable, Codable {
    /// The value recorded as the answer and seen by conditions as `$question`.
    public var value: String
    /// Where this choice leads; `nil` means "the step's `<next>` elements decide".
    public var next: String?
    public var prompt: Prompt
    public var location: SourceLocation

    public init(value: String, next: String?, prompt: Prompt, location: SourceLocation = .unknown) {
        self.value = value
        self.next = next
        self.prompt = prompt
        self.location = location
    }
}

/// `<next step="…" when="…"/>`: go to a step, if the condition holds (or always, without one).
public struct Transition: Sendable, Hashable, Codable {
    public var target: String
    public var condition: Condition?
    public var location: SourceLocation

    public init(target: String, condition: Condition? = nil, location: SourceLocation = .unknown) {
        self.target = target
        self.condition = condition
        self.location = location
    }
}

/// A reference by id to a document or a help point kept in a directory file.
public struct Reference: Sendable, Hashable, Codable {
    public var id: String
    public var location: SourceLocation

    public init(id: String, location: SourceLocation = .unknown) {
        self.id = id
        self.location = location
    }
}

/// Something to do outside the kiosk.
public struct Action: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case call, visit, website
    }

    public var kind: Kind
    /// For a website: the official address. Phone numbers and addresses live in help points.
    public var href: String?
    public var location: SourceLocation

    public init(kind: Kind, href: String? = nil, location: SourceLocation = .unknown) {
        self.kind = kind
        self.href = href
        self.location = location
    }
}

/// How a path ends.
public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
    case eligible
    case notEligible = "not-eligible"
    /// The procedure cannot decide; a person must look at the situation.
    case refer
}
