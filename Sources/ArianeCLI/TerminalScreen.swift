import ProcedureModel

/// How a step, help and an outcome look in a terminal.
struct TerminalScreen {
    let procedure: Procedure
    let library: ProcedureLibrary

    func title() {
        Console.out("═══ \(procedure.title) ═══")
        if !procedure.summary.isEmpty { Console.out(procedure.summary) }
    }

    func show(step id: String, reprompt: Int) {
        guard let step = procedure.step(id) else { return }
        Console.out("")
        if reprompt > 0 { Console.out(TerminalText.again) }
        Console.out("── \(step.prompt.text)")
        if let audio = step.prompt.audio { speak(audio) }
        for (position, choice) in step.choices.enumerated() where step.kind == .question {
            let spoken = choice.prompt.audio.map { "   \(TerminalText.spoken) « \($0.spokenText) »" } ?? ""
            Console.out("   \(position + 1). \(choice.prompt.text)\(spoken)")
        }
        if step.kind == .checklist { list(documents: step.documents.map(\.id)) }
        if let action = step.action, let href = action.href { Console.out("   → \(href)") }
    }

    func speak(_ audio: AudioScript) {
        Console.out("   \(TerminalText.spoken) « \(audio.spokenText) »")
    }

    func promptLine(for step: Step?) {
        guard let step else { return }
        let ask: String
        switch (step.kind, step.answer) {
        case (.question, .number(_, _, let unit, _, _)?): ask = TerminalText.typeNumber + (unit.map { " (\($0))" } ?? "")
        case (.question, .date?): ask = TerminalText.typeDate
        case (.question, _): ask = TerminalText.chooseNumber
        default: ask = TerminalText.pressEnter
        }
        Console.write("\(ask) · \(TerminalText.keys)\n> ")
    }

    func help(step id: String, text: String?, helpPoints: [String]) {
        Console.out("")
        Console.out("ℹ️  \(text ?? TerminalText.noHelpText)")
        if helpPoints.isEmpty {
            Console.out(TerminalText.askSomeone)
        } else {
            Console.out(TerminalText.whereToGetHelp)
            list(helpPoints: helpPoints)
        }
    }

    func reject(_ message: String) {
        Console.out("⚠️  \(message)")
    }

    func finish(outcome id: String, result: Outcome, checklist: [String]) {
        Console.out("")
        Console.out(TerminalText.result(result))
        if !checklist.isEmpty { list(documents: checklist) }
        // No directory at the terminal: each organisation kind the step names shows its national service.
        if let step = procedure.step(id), !step.helpPointIDs().isEmpty {
            Console.out(TerminalText.whereToGetHelp)
            list(helpPoints: step.helpPointIDs())
        }
    }

    func ended() {
        Console.out("")
        Console.out(TerminalText.ended)
    }

    private func list(documents: [String]) {
        Console.out(TerminalText.documentsToBring)
        for id in documents {
            Console.out("   • \(library.documents[id]?.prompt.text ?? id)")
        }
    }

    private func list(helpPoints: [String]) {
        for id in helpPoints {
            guard let point = library.helpPoints[id] else {
                Console.out("   • \(id)")
                continue
            }
            Console.out("   • \(point.name)\(point.isExample ? " " + TerminalText.example : "") — \(point.prompt.text)")
            for detail in [point.phone.map { "☎ \($0)" }, point.website, point.address, point.hours].compactMap({ $0 }) {
                Console.out("     \(detail)")
            }
        }
    }
}
