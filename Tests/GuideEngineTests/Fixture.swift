import GuideEngine
import ProcedureModel
import ProcedureXML

/// A small CSS-like procedure built from the model types, covering every step kind and answer kind.
///
/// ```
/// intro → foyer (1 | 2+) → revenus (number, sensitive) → aides (oui/non, routed by conditions)
///   oui → justificatifs (checklist) ┐
///   non → pieces (checklist)        ┴→ naissance (date) → fin (eligible) if $foyer = '1', else orienter (refer)
/// ```
enum Fixture {
    static let context = SessionContext(
        sessionID: "s-42", channel: .kiosk, site: "mairie-nord", terminal: "borne-1", locale: "fr")

    static let procedure = Procedure(
        id: "css", version: "2026-11", language: "fr", title: "Complémentaire santé solidaire",
        start: Reference(id: "intro"),
        steps: [
            step("intro", .information, transitions: [Transition(target: "foyer")]),
            step(
                "foyer", .question, answer: .choice,
                choices: [choice("1", next: "revenus"), choice("2+", next: "revenus")],
                helpPoints: ["france-services"], help: "Comptez aussi les enfants."),
            step(
                "revenus", .question, answer: .number(minimum: 0, maximum: 100_000, unit: "€"), sensitive: true,
                transitions: [Transition(target: "aides")]),
            step(
                "aides", .question, answer: .yesNo, choices: [choice("oui"), choice("non")],
                transitions: [
                    Transition(target: "justificatifs", condition: equals("aides", "oui")),
                    Transition(target: "pieces"),
                ]),
            step(
                "justificatifs", .checklist, documents: ["avis-imposition", "attestation-caf"],
                transitions: [Transition(target: "naissance")]),
            step(
                "pieces", .checklist, documents: ["avis-imposition", "piece-identite"],
                transitions: [Transition(target: "naissance")]),
            step(
                "naissance", .question, answer: .date,
                transitions: [
                    Transition(target: "fin", condition: equals("foyer", "1")),
                    Transition(target: "orienter"),
                ]),
            step("fin", .outcome, documents: ["formulaire-css", "avis-imposition"], outcome: .eligible),
            step("orienter", .outcome, helpPoints: ["france-services"], outcome: .refer),
        ],
        scenarios: [
            Scenario(
                name: "personne seule avec aides",
                answers: [
                    .init(step: "foyer", value: "1"), .init(step: "revenus", value: "700"),
                    .init(step: "aides", value: "oui"), .init(step: "naissance", value: "1990-03-05"),
                ],
                expectedOutcome: Reference(id: "fin"),
                expectedDocuments: [Reference(id: "attestation-caf"), Reference(id: "formulaire-css")])
        ]
    )

    /// The real condition evaluator (libxml2 XPath), compiled for `procedure`.
    static func conditions(_ procedure: Procedure = procedure) throws -> any ConditionEvaluator {
        try XPathConditions(procedure: procedure)
    }

    static func session(_ procedure: Procedure = procedure) throws -> Session {
        Session(procedure: procedure, context: context, conditions: try conditions(procedure))
    }

    /// A session started and taken through `answers` (or "Continuer" where an answer is `nil`), one ms apart.
    static func session(after inputs: [Input]) throws -> Session {
        var session = try session()
        _ = session.handle(.start, at: 1_000)
        for (offset, input) in inputs.enumerated() {
            _ = session.handle(input, at: 1_001 + Int64(offset))
        }
        return session
    }

    /// The spoken script every fixture step and choice has: its own text.
    static func audio(_ text: String) -> AudioScript {
        AudioScript(parts: [.text(text)])
    }

    static func equals(_ variable: String, _ literal: String) -> Condition {
        Condition(
            expression: "$\(variable) = '\(literal)'", variables: [variable],
            comparisons: [.init(variable: variable, literal: literal, offset: variable.count + 4)])
    }

    private static func step(
        _ id: String, _ kind: Step.Kind, answer: AnswerKind? = nil, sensitive: Bool = false,
        choices: [Choice] = [], documents: [String] = [], transitions: [Transition] = [],
        helpPoints: [String] = [], help: String? = nil, outcome: Outcome? = nil
    ) -> Step {
        Step(
            id: id, kind: kind, prompt: Prompt(text: "Texte \(id)", audio: audio("Audio \(id)"), help: help),
            answer: answer, isSensitive: sensitive, choices: choices, transitions: transitions,
            documents: documents.map { Reference(id: $0) }, helpPoints: helpPoints.map { Reference(id: $0) },
            outcome: outcome)
    }

    private static func choice(_ value: String, next: String? = nil) -> Choice {
        Choice(value: value, next: next, prompt: Prompt(text: value, audio: audio(value)))
    }
}
