/// `<estimate>` on a step: what a household may receive, computed by OpenFisca-France when the kiosk
/// reaches the step; the step's own text is what the person sees when no estimate can be made.
public struct Estimate: Sendable, Hashable, Codable {
    /// The OpenFisca variables to compute (`rsa`, `ppa`, `aide_logement`, `af`, `cmu_c`…), in the order shown.
    public var benefits: [Benefit]
    /// Answers the procedure has already asked, given to the estimate so that it does not ask them again.
    public var uses: [Use]
    public var location: SourceLocation

    public init(benefits: [Benefit], uses: [Use] = [], location: SourceLocation = .unknown) {
        self.benefits = benefits
        self.uses = uses
        self.location = location
    }

    /// `<benefit variable="rsa"/>`.
    public struct Benefit: Sendable, Hashable, Codable {
        public var variable: String
        public var location: SourceLocation

        public init(variable: String, location: SourceLocation = .unknown) {
            self.variable = variable
            self.location = location
        }
    }

    /// `<use answer="age" for="age"/>`: the procedure's question `answer` answers the estimate question `for`.
    public struct Use: Sendable, Hashable, Codable {
        public var answer: String
        public var question: EstimateQuestion
        public var location: SourceLocation

        public init(answer: String, question: EstimateQuestion, location: SourceLocation = .unknown) {
            self.answer = answer
            self.question = question
            self.location = location
        }
    }
}

/// The few questions every estimate shares, asked once per kiosk session whatever the procedure.
///
/// Their names are the keys of `ariane estimate --answers FILE.json` and of `<use for="…">`.
public enum EstimateQuestion: String, Sendable, Hashable, Codable, CaseIterable {
    /// `oui` or `non`: the person lives with a spouse or partner.
    case couple = "en-couple"
    /// Children living at home, a count.
    case children = "enfants"
    /// The person's age in years.
    case age
    /// Net wages of the household, euros per month.
    case wages = "salaire"
    /// Unemployment benefit of the household, euros per month.
    case unemployment = "chomage"
    /// `locataire`, `proprietaire` or `heberge`.
    case housing = "logement"
    /// Rent without charges, euros per month.
    case rent = "loyer"

    /// What kind of answer the question takes, so that a procedure's own answer can stand for it.
    public var answerKind: EstimateAnswerKind {
        switch self {
        case .couple: .yesNo
        case .housing: .choice(["locataire", "proprietaire", "heberge"])
        case .children, .age, .wages, .unemployment, .rent: .number
        }
    }
}

/// The kinds of answer the estimate questions take.
public enum EstimateAnswerKind: Sendable, Hashable {
    case number
    case yesNo
    case choice([String])
}
