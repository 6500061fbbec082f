import Foundation
import GuideEngine
import Hummingbird
import HummingbirdAuth
import ProcedureModel

/// An assisted session at a worker's desk: the resident's step, the path, the plan, notes, save, close.
///
/// Only the worker who runs it (or an admin) can reach it; anyone else gets the same 404 as for a
/// session that does not exist.
struct DeskController {
    let services: GuideServices

    func addRoutes(to group: RouterGroup<AppContext>) {
        group.get("sessions/:token", use: show)
        group.post("sessions/:token/step", use: act)
        group.post("sessions/:token/note", use: note)
        group.post("sessions/:token/save", use: save)
        group.post("sessions/:token/close", use: close)
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        let (account, token, entry) = try await desk(context)
        let notice = await services.runner.takeNotice(token)
        let notes = try await services.console.accounts.notes(sessionID: entry.session.context.sessionID, visibleTo: account)
        let page = services.sessionPage(entry.session, token: token, notice: notice, notes: notes)
        return try services.pages.consolePage("console-session", context: context, title: entry.session.procedure.title, page: page)
    }

    struct StepForm: Decodable {
        var action: String?
        var value: String?
        /// The step the page showed (``ShownStep/formValue``): an input made for another is stale.
        var shown: String?
    }

    /// The worker answers with the resident, goes on, or goes back: the kiosk's inputs, nothing else.
    @Sendable func act(_ request: Request, context: AppContext) async throws -> Response {
        let (_, token, entry) = try await desk(context)
        let form = try await request.decode(as: StepForm.self, context: context)
        let action = form.action ?? ""
        guard ["answer", "continue", "back"].contains(action), let input = KioskAction.input(action, value: form.value) else {
            throw HTTPError(.badRequest, message: "Action inconnue « \(action) » : la console sait répondre (answer), continuer (continue) et revenir (back).")
        }
        // A stale input (a double click, a form sent again) changes nothing: the page shows where the session is.
        _ = try await apply(input, to: entry, token: token, shown: form.shown.flatMap(ShownStep.init(formValue:)))
        return Response.redirect(to: "/console/sessions/\(token)", type: .normal)
    }

    struct NoteForm: Decodable {
        var category: String?
        var note: String?
    }

    static let longestNote = 2000

    /// The category goes to the event log; the free text stays in the console's store only.
    @Sendable func note(_ request: Request, context: AppContext) async throws -> Response {
        let (account, token, entry) = try await desk(context)
        let form = try await request.decode(as: NoteForm.self, context: context)
        guard let category = BlockageCategory(rawValue: form.category ?? "") else {
            throw HTTPError(
                .badRequest, message: "Choisissez la raison du blocage dans la liste (\(BlockageCategory.allCases.map(\.rawValue).joined(separator: ", "))).")
        }
        let text = (form.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count <= Self.longestNote else {
            throw HTTPError(.contentTooLarge, message: "La note dépasse \(Self.longestNote) caractères : raccourcissez-la. Rien n'a été enregistré.")
        }
        guard case .atStep = entry.session.state, case .applied? = try await apply(.workerNote(category), to: entry, token: token) else {
            throw HTTPError(.conflict, message: "La démarche est terminée : un blocage se note pendant une étape.")
        }
        try await services.console.accounts.addNote(
            sessionID: entry.session.context.sessionID, category: category, text: text, author: account.id, at: services.clock.now())
        return Response.redirect(to: "/console/sessions/\(token)#notes", type: .normal)
    }

    /// Puts the session aside under its worker's account, for up to the retention limit.
    @Sendable func save(_ request: Request, context: AppContext) async throws -> Response {
        let (_, token, entry) = try await desk(context)
        try await services.saveForLater(token, at: entry.place)
        return Response.redirect(to: "/console?done=saved", type: .normal)
    }

    /// Ends the session here; one not finished counts as abandoned.
    @Sendable func close(_ request: Request, context: AppContext) async throws -> Response {
        let (_, token, entry) = try await desk(context)
        try await services.runner.end(token, at: entry.place, time: services.clock.now())
        return Response.redirect(to: "/console?done=closed", type: .normal)
    }

    /// Feeds an input through the runner, as on the kiosk; the worker reads any refusal in French.
    private func apply(_ input: Input, to entry: LiveSession, token: String, shown: ShownStep? = nil) async throws -> SessionRunner.Outcome? {
        try await services.runner.apply(
            input, to: token, at: entry.place, shown: shown, time: services.clock.now(), notice: services.workerNotice)
    }

    /// The signed-in account and the desk session named in the path, if this account may see it.
    private func desk(_ context: AppContext) async throws -> (Account, String, LiveSession) {
        let account = try context.requireIdentity()
        let token = context.parameters.get("token") ?? ""
        guard let entry = await services.runner.session(token), let owner = entry.owner, owner == account.id || account.role == .admin else {
            throw HTTPError(.notFound, message: "Aucune démarche en cours à cette adresse : elle a été enregistrée, fermée, ou n'a jamais existé.")
        }
        return (account, token, entry)
    }
}
