import GuideEngine
import Hummingbird
import HummingbirdAuth
import ProcedureModel

/// Saved sessions: reopen one to go on with the resident, or delete it.
///
/// A saved session holds every answer, sensitive ones included: only the worker who saved it, and
/// admins, can open or delete it; others get the same 404 as for a session that does not exist.
struct SavedSessionsController {
    let services: GuideServices

    func addRoutes(to group: RouterGroup<AppContext>) {
        group.post("saved/:id/open", use: open)
        group.post("saved/:id/delete", use: delete)
    }

    @Sendable func open(_ request: Request, context: AppContext) async throws -> Response {
        let (entry, saved) = try await savedSession(context)
        guard let procedure = services.library.procedure(saved.procedureID), let conditions = services.conditions[procedure.id] else {
            throw HTTPError(.conflict, message: "La démarche « \(saved.procedureID) » n'est plus proposée : cette session ne peut pas reprendre.")
        }
        let session: Session
        do {
            session = try Session(resuming: saved, procedure: procedure, conditions: conditions)
        } catch {
            throw HTTPError(.conflict, message: "La démarche a changé depuis l'enregistrement (\(error)) : cette session ne peut pas reprendre.")
        }
        // Still its worker's, even when an admin reopens it.
        let token = try await services.runner.reopen(session, atDeskOf: entry.ownerID, time: services.clock.now())
        // Back in progress: saving again stores it anew, under the same label unless the worker changes it.
        services.console.deskLabels.keep(entry.label, for: saved.context.sessionID)
        try await services.console.accounts.deleteSavedSession(id: entry.id)
        return Response.redirect(to: "/console/sessions/\(token)", type: .normal)
    }

    @Sendable func delete(_ request: Request, context: AppContext) async throws -> Response {
        let (entry, _) = try await savedSession(context)
        try await services.console.accounts.deleteSavedSession(id: entry.id)
        return Response.redirect(to: "/console?done=deleted", type: .normal)
    }

    /// The saved session named in the path, if the signed-in account may open it.
    private func savedSession(_ context: AppContext) async throws -> (SavedSessionEntry, SavedSession) {
        let account = try context.requireIdentity()
        try await services.forgetOldSessions()
        let id = context.parameters.get("id") ?? ""
        guard let (entry, saved) = try await services.console.accounts.savedSession(id: id),
            entry.ownerID == account.id || account.role == .admin
        else {
            throw HTTPError(
                .notFound,
                message:
                    "Aucune démarche enregistrée à cette adresse : elle a été reprise, supprimée ou oubliée après \(services.console.settings.retentionDays) jours."
            )
        }
        return (entry, saved)
    }
}
