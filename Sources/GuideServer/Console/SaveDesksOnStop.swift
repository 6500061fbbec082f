import GuideEngine
import Logging
import ServiceLifecycle

/// When the server stops, the sessions open at workers' desks are put aside under their worker's
/// account, as the "Enregistrer" button does: a restart (an update, a reboot) must not lose what a
/// resident and their worker have done. The worker finds them under "Mes démarches enregistrées".
///
/// Kiosk sessions are not kept: nothing of a resident alone at a kiosk outlives their session.
struct SaveDesksOnStop: Service {
    let services: GuideServices
    let logger: Logger

    func run() async {
        // Returns when the server is asked to stop (or is cancelled): then the desks are saved.
        try? await gracefulShutdown()
        await saveOpenDesks()
    }

    /// Saves every desk session still open and takes it off its desk; returns how many were saved.
    @discardableResult
    func saveOpenDesks() async -> Int {
        var saved = 0
        for (token, entry) in await services.runner.atDesks() {
            do {
                let label = services.console.deskLabels.label(of: entry.session.context.sessionID)
                try await services.saveForLater(token, at: entry.place, label: label)
                saved += 1
            } catch {
                logger.error("Could not save a session open at a desk before stopping", metadata: ["error": "\(error)"])
            }
        }
        if saved > 0 {
            logger.info("Saved the sessions open at workers' desks before stopping", metadata: ["sessions": "\(saved)"])
        }
        return saved
    }
}
