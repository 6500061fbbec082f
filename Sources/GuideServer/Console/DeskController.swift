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
        group.get("sessions/:token/sheet", use: sheet)
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        let (account, token, entry) = try await desk(context)
        let notice = await services.runner.takeNotice(token)
        return try await page(context, account: account, token: token, entry: entry, notice: notice)
    }

    /// The session's page; `noteForm` and `label` as the worker typed them when a form was refused.
    private func page(
        _ context: AppContext, account: Account, token: String, entry: LiveSession, notice: String? = nil,
        noteForm: ConsoleViews.NoteForm = ConsoleViews.NoteForm(), label: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let sessionID = entry.session.context.sessionID
        let notes = try await services.console.accounts.notes(sessionID: sessionID, visibleTo: account)
        let page = services.sessionPage(
            entry.session, token: token, notice: notice, notes: notes, noteForm: noteForm,
            label: label ?? services.console.deskLabels.label(of: sessionID))
        return try services.pages.consolePage(
            "console-session", context: context, title: entry.session.procedure.title, page: page, status: status)
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

    /// The category goes to the event log; the free text stays in the console's store only. A session
    /// at its outcome has ended: its note is logged as for a closed one (``EndedSession``).
    @Sendable func note(_ request: Request, context: AppContext) async throws -> Response {
        let (account, token, entry) = try await desk(context)
        let form = try await request.decode(as: BlockageNote.self, context: context)
        switch form.check {
        case .refused(let noteForm, let status):
            return try await page(context, account: account, token: token, entry: entry, noteForm: noteForm, status: status)
        case .accepted(let category, let text):
            switch entry.session.state {
            case .atStep:
                guard case .applied? = try await apply(.workerNote(category), to: entry, token: token) else {
                    throw HTTPError(.conflict, message: "La démarche vient d'être fermée : notez le blocage depuis l'accueil de la console.")
                }
                try await services.console.accounts.addNote(
                    sessionID: entry.session.context.sessionID, category: category, text: text, author: account.id, at: services.clock.now())
            default:
                // Ended at its outcome: open to notes for 24 hours, like a closed session.
                guard entry.lastActivityMilliseconds > services.clock.now() - EndedSessions.window else {
                    throw HTTPError(.conflict, message: "La démarche s'est terminée il y a plus de 24 heures : un blocage ne peut plus y être noté.")
                }
                let ended = EndedSession(
                    entry.session, stepID: entry.session.currentStep?.id, id: token, owner: entry.owner ?? account.id, label: nil,
                    at: entry.lastActivityMilliseconds)
                try await services.noteEndedSession(ended, category, text: text, author: account.id)
            }
        }
        return Response.redirect(to: "/console/sessions/\(token)#notes", type: .normal)
    }

    struct SaveForm: Decodable {
        var label: String?
    }

    /// Puts the session aside under its worker's account with the label they typed, for up to the
    /// retention limit.
    @Sendable func save(_ request: Request, context: AppContext) async throws -> Response {
        let (account, token, entry) = try await desk(context)
        let form = try await request.decode(as: SaveForm.self, context: context)
        let label = DeskLabels.cleaned(form.label)
        if let label, label.count > DeskLabels.longest {
            return try await page(
                context, account: account, token: token, entry: entry,
                notice: "Le nom pour retrouver la démarche dépasse \(DeskLabels.longest) caractères : raccourcissez-le. Rien n'a été enregistré.",
                label: label, status: .badRequest)
        }
        try await services.saveForLater(token, at: entry.place, label: label)
        return Response.redirect(to: "/console?done=saved", type: .normal)
    }

    /// Ends the session here; one not finished counts as abandoned. For 24 hours a note can still be
    /// added to it from the console's home.
    @Sendable func close(_ request: Request, context: AppContext) async throws -> Response {
        let (account, token, entry) = try await desk(context)
        let stepID = entry.session.currentStep?.id
        let now = services.clock.now()
        guard let ended = try await services.runner.end(token, at: entry.place, time: now) else {
            return Response.redirect(to: "/console?done=closed", type: .normal)
        }
        let sessionID = ended.context.sessionID
        let endedAt: Int64
        if case .finished = ended.state { endedAt = entry.lastActivityMilliseconds } else { endedAt = now }
        services.console.ended.add(
            EndedSession(
                ended, stepID: stepID, id: RandomToken.make(bytes: 16), owner: entry.owner ?? account.id,
                label: services.console.deskLabels.label(of: sessionID), at: endedAt))
        services.console.deskLabels.forget(sessionID)
        return Response.redirect(to: "/console?done=closed", type: .normal)
    }

    /// The take-home sheet of the session, in the resident's language, to print from the console.
    @Sendable func sheet(_ request: Request, context: AppContext) async throws -> Response {
        let (_, _, entry) = try await desk(context)
        return try services.sheetPage(entry)
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
