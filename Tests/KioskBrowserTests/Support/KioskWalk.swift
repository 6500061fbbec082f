import ProcedureModel

/// Walks a procedure at the kiosk the way a resident does: reads each screen, touches the answer the
/// scenario gives (or types it), "Continuer" elsewhere, up to the outcome.
struct KioskWalk {
    let kiosk: Kiosk
    let walk: ScenarioWalk
    let content: ShippedContent
    let language: String

    /// The procedures in the resident's language: what each screen must say.
    var library: ProcedureLibrary { content.library(language) }

    /// On the language page: touches the resident's language, and waits for the list of procedures.
    func chooseLanguage() async throws {
        try await kiosk.submit("a[href='/kiosk/\(language)']")
        try await kiosk.waitForHeading(content.word("kiosk.chooseProcedure", language))
    }

    /// On the list of procedures: touches the walk's procedure.
    func chooseProcedure() async throws {
        try await kiosk.submit("form:has(input[name='procedure'][value='\(walk.procedure)']) button")
    }

    /// Follows the path; `arrived` runs on each step page once its prompt is on screen, before the
    /// answer. Stops at `stop` (on its page) or at the outcome page.
    func follow(until stop: String? = nil, arrived: (Step) async throws -> Void = { _ in }) async throws {
        let library = self.library
        guard let procedure = library.procedure(walk.procedure) else { throw TestSetupError("no procedure '\(walk.procedure)'") }
        var visits: [String: Int] = [:]
        for id in walk.path {
            guard let step = procedure.step(id) else { throw TestSetupError("no step '\(id)' in \(walk.procedure)") }
            if step.kind == .outcome {
                _ = try await eventually("the outcome '\(id)'") {
                    try await kiosk.texts("p.explanation").first == step.prompt.text.collapsingSpaces ? true : nil
                }
                return
            }
            try await kiosk.waitForHeading(step.prompt.text)
            try await arrived(step)
            if id == stop { return }
            guard step.kind == .question else {
                try await kiosk.submit("main form.answers button[name='action'][value='continue']")
                continue
            }
            let visit = visits[id, default: 0]
            visits[id] = visit + 1
            guard let answer = walk.answer(at: id, visit: visit) else {
                throw TestSetupError("scenario '\(walk.scenario)' gives no answer at '\(id)'")
            }
            if case .number? = step.answer {
                try await kiosk.browser.element("main form.answers input[name='value']").type(answer)
                try await kiosk.submit("main form.answers button[name='action'][value='answer']")
            } else {
                try await kiosk.submit("main form.answers button.choice[name='value'][value='\(answer)']")
            }
        }
        throw TestSetupError("scenario '\(walk.scenario)' ended without an outcome")
    }
}
