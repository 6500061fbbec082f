import CLibXML2
import ProcedureModel

/// Builds a ``Procedure`` from a document the schema has accepted, and compiles its conditions.
struct ProcedureReader {
    let parsed: ParsedDocument
    var diagnostics: [Diagnostic] = []

    init(_ parsed: ParsedDocument) {
        self.parsed = parsed
    }

    mutating func read() -> Procedure? {
        guard let root = parsed.root, root.isElement(named: "procedure") else { return nil }
        let language = checkLanguage(root)
        let start = root.child(named: "start").map { reference($0, attribute: "step") } ?? Reference(id: "")
        return Procedure(
            id: root.attribute("id") ?? "",
            version: root.attribute("version") ?? "",
            language: language ?? "fr",
            title: root.child(named: "title")?.foldedText ?? "",
            summary: root.child(named: "summary")?.foldedText ?? "",
            audience: root.child(named: "audience")?.foldedText ?? "",
            theme: root.attribute("theme").flatMap(Theme.init(rawValue:)),
            sources: root.children(named: "source").map(source),
            start: start,
            steps: root.children(named: "step").map { step($0) },
            scenarios: root.children(named: "scenario").map(scenario),
            file: parsed.file,
            location: parsed.location(of: root)
        )
    }

    /// What reading would report, without building the model: `ariane validate`.
    mutating func checkWithoutReading(_ root: xmlNodePtr) {
        _ = checkLanguage(root)
        for step in root.children(named: "step") {
            for next in step.children(named: "next") {
                if let expression = next.attribute("when") {
                    checkCondition(expression, in: next)
                }
            }
        }
    }

    private mutating func checkLanguage(_ root: xmlNodePtr) -> String? {
        let language = root.xmlAttribute("lang")
        if language == nil {
            diagnostics.append(parsed.diagnostic("<procedure> needs xml:lang, the language its text is written in (for example xml:lang=\"fr\")", at: root))
        }
        return language
    }

    func prompt(of element: xmlNodePtr) -> Prompt {
        Prompt(
            text: element.child(named: "text")?.foldedText ?? "",
            audio: element.child(named: "audio").map { AudioScriptReader.read($0, in: parsed) },
            help: element.child(named: "help")?.foldedText,
            location: element.child(named: "text").map(parsed.location(of:)) ?? parsed.location(of: element)
        )
    }

    func source(_ element: xmlNodePtr) -> OfficialSource {
        OfficialSource(
            href: element.attribute("href") ?? "", checked: element.attribute("checked") ?? "", title: element.foldedText,
            location: parsed.location(ofAttribute: "checked", in: element))
    }

    func reference(_ element: xmlNodePtr, attribute: String = "ref") -> Reference {
        Reference(id: element.attribute(attribute) ?? "", location: parsed.location(ofAttribute: attribute, in: element))
    }

    private mutating func step(_ element: xmlNodePtr) -> Step {
        let kind = element.attribute("kind").flatMap(Step.Kind.init(rawValue:)) ?? .information
        var step = Step(
            id: element.attribute("id") ?? "",
            kind: kind,
            prompt: prompt(of: element),
            answer: kind == .question ? answerKind(element) : nil,
            isSensitive: ["true", "1"].contains(element.attribute("sensitive") ?? "false"),
            choices: element.children(named: "choice").map(choice),
            transitions: element.children(named: "next").map { transition($0) },
            documents: element.children(named: "document").map { reference($0) },
            helpPoints: element.children(named: "helpPoint").map { reference($0) },
            action: element.child(named: "do").map(action),
            outcome: element.attribute("result").flatMap(Outcome.init(rawValue:)),
            location: parsed.location(of: element)
        )
        step.estimate = element.child(named: "estimate").map(estimate)
        step.organisations = element.children(named: "organisation").map { reference($0, attribute: "kind") }
        return step
    }

    private func answerKind(_ element: xmlNodePtr) -> AnswerKind {
        switch element.attribute("answer") ?? "choice" {
        case "yesno": .yesNo
        case "number":
            .number(
                minimum: element.attribute("min").flatMap { Double($0) }, maximum: element.attribute("max").flatMap { Double($0) },
                unit: element.attribute("unit"), whole: ["true", "1"].contains(element.attribute("whole") ?? "false"),
                example: element.attribute("example"))
        case "date": .date
        default: .choice
        }
    }

    private func choice(_ element: xmlNodePtr) -> Choice {
        Choice(value: element.attribute("value") ?? "", next: element.attribute("next"), prompt: prompt(of: element), location: parsed.location(of: element))
    }

    private func action(_ element: xmlNodePtr) -> Action {
        Action(
            kind: element.attribute("kind").flatMap(Action.Kind.init(rawValue:)) ?? .website, href: element.attribute("href"),
            location: parsed.location(of: element))
    }

    private mutating func transition(_ element: xmlNodePtr) -> Transition {
        let target = element.attribute("step") ?? ""
        var guardCondition: Condition? = nil
        if let expression = element.attribute("when") {
            guardCondition = condition(expression, in: element)
        }
        return Transition(target: target, condition: guardCondition, location: parsed.location(of: element))
    }

    private func scenario(_ element: xmlNodePtr) -> Scenario {
        let expect = element.child(named: "expect")
        let documents = expect?.children(named: "document").map { reference($0) } ?? []
        return Scenario(
            name: element.attribute("name") ?? "",
            answers: element.children(named: "answer").map {
                Scenario.Answer(step: $0.attribute("step") ?? "", value: $0.attribute("value") ?? "", location: parsed.location(of: $0))
            },
            expectedOutcome: expect.map { reference($0, attribute: "outcome") } ?? Reference(id: ""),
            expectedDocuments: documents.isEmpty ? nil : documents,
            location: parsed.location(of: element)
        )
    }
}
