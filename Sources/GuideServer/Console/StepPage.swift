import BlockageAnalytics
import Hummingbird
import ProcedureModel

/// One step of a procedure as the worker opens it from the home's stuck points: the question in French,
/// its explanation, choices and papers, and what happened there this week at this site.
struct StepPage {
    let services: GuideServices

    func addRoutes(to group: RouterGroup<AppContext>) {
        group.get("steps/:procedure/:step", use: show)
    }

    static func href(procedure: String, step: String) -> String {
        "/console/steps/\(procedure)/\(step)"
    }

    struct View {
        let procedureTitle: String
        let question: String
        let stepID: String
        let help: String?
        let choices: [String]
        let documents: [String]
        let link: String?
        /// This week at this site; `nil` when nobody reached the step.
        let week: Week?
    }

    struct Week {
        let reached: String
        let stopped: String
        let struggled: String
        let reasons: [String]
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        let procedureID = context.parameters.get("procedure") ?? ""
        let stepID = context.parameters.get("step") ?? ""
        guard let procedure = services.library.procedure(procedureID), let step = procedure.step(stepID) else {
            throw HTTPError(.notFound, message: "Aucune étape « \(stepID) » dans la démarche « \(procedureID) ».")
        }
        let report = try await services.siteReport(at: services.clock.now())
        let numbers = report.procedures.first { $0.procedure == procedureID }?.steps.first { $0.step == stepID }
        let french = services.content("fr")
        let view = View(
            procedureTitle: procedure.title, question: step.prompt.text, stepID: step.id, help: step.prompt.help,
            choices: step.choices.map(\.prompt.text), documents: step.documents.map { french.documentText($0.id) },
            link: step.action?.href,
            week: numbers.map { numbers in
                Week(
                    reached: ConsoleShares.count(numbers.reached), stopped: ConsoleShares.text(numbers.exitRate),
                    struggled: ConsoleShares.text(numbers.signals.struggled), reasons: ConsoleShares.reasons(numbers.workerNotes))
            })
        return try services.pages.consolePage("console-step", context: context, title: step.prompt.text, page: view)
    }
}
