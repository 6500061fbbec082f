import Hummingbird
import HummingbirdAuth
import ProcedureModel

/// A desk session ended in the last 24 hours: its page, to note why the resident was blocked once they
/// have left. Only its worker (or an admin) reaches it; after 24 hours it is gone for everyone.
struct EndedSessionsController {
    let services: GuideServices

    func addRoutes(to group: RouterGroup<AppContext>) {
        group.get("ended/:id", use: show)
        group.post("ended/:id/note", use: note)
    }

    struct View {
        let id: String
        let label: String?
        let procedureTitle: String
        /// The question the session stopped at, in French.
        let stoppedAt: String?
        let how: String
        let endedAt: String
        let notesUntil: String
        let noteAction: String
        let noteForm: ConsoleViews.NoteForm
        let notes: [ConsoleViews.NoteItem]
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        let (account, ended) = try ended(context)
        return try await page(context, account: account, ended: ended)
    }

    @Sendable func note(_ request: Request, context: AppContext) async throws -> Response {
        let (account, ended) = try ended(context)
        let form = try await request.decode(as: BlockageNote.self, context: context)
        switch form.check {
        case .refused(let noteForm, let status):
            return try await page(context, account: account, ended: ended, noteForm: noteForm, status: status)
        case .accepted(let category, let text):
            try await services.noteEndedSession(ended, category, text: text, author: account.id)
            return Response.redirect(to: "/console/ended/\(ended.id)#notes", type: .normal)
        }
    }

    private func page(
        _ context: AppContext, account: Account, ended: EndedSession, noteForm: ConsoleViews.NoteForm = ConsoleViews.NoteForm(),
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let procedure = services.library.procedure(ended.procedureID)
        let title = procedure?.title ?? ended.procedureID
        let notes = try await services.console.accounts.notes(sessionID: ended.sessionID, visibleTo: account)
        let view = View(
            id: ended.id, label: ended.label, procedureTitle: title,
            stoppedAt: ended.stepID.flatMap { procedure?.step($0)?.prompt.text },
            how: ended.reachedOutcome ? "Arrivée au résultat" : "Fermée avant la fin",
            endedAt: ConsoleDates.text(ended.endedAt), notesUntil: ConsoleDates.text(ended.endedAt + EndedSessions.window),
            noteAction: "/console/ended/\(ended.id)/note", noteForm: noteForm, notes: notes.map(ConsoleViews.NoteItem.init))
        return try services.pages.consolePage("console-ended", context: context, title: title, page: view, status: status)
    }

    /// The ended session named in the path, if it ended less than 24 hours ago and this account may note it.
    private func ended(_ context: AppContext) throws -> (Account, EndedSession) {
        let account = try context.requireIdentity()
        let id = context.parameters.get("id") ?? ""
        guard let ended = services.console.ended.session(id, at: services.clock.now()), ended.owner == account.id || account.role == .admin
        else {
            throw HTTPError(
                .notFound,
                message: "Aucune démarche terminée à cette adresse : un blocage se note jusqu'à 24 heures après la fin de la démarche.")
        }
        return (account, ended)
    }
}
