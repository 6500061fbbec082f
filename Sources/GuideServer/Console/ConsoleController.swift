import GuideEngine
import Hummingbird
import HummingbirdAuth
import ProcedureModel

/// The console's home: start an assisted session, take over a kiosk's, find the sessions in progress
/// and those saved for later.
struct ConsoleController {
    let services: GuideServices

    func addRoutes(to group: RouterGroup<AppContext>) {
        group.get("", use: home)
        group.post("start", use: start)
    }

    /// What the home page says after a redirect, by the `done` query item.
    var outcomes: [String: String] {
        [
            "saved": "La démarche est enregistrée. Vous la retrouverez dans « Mes démarches enregistrées » pendant "
                + "\(services.console.settings.retentionDays) jours.",
            "closed": "La démarche est fermée.",
            "deleted": "La démarche enregistrée est supprimée.",
        ]
    }

    @Sendable func home(_ request: Request, context: AppContext) async throws -> Response {
        let account = try context.requireIdentity()
        try await services.forgetOldSessions()
        return try await homePage(context: context, account: account, notice: request.uri.queryParameters["done"].flatMap { outcomes[String($0)] })
    }

    func homePage(
        context: AppContext, account: Account, notice: String?, code: String = "", status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let console = services.console
        let running = await services.runner.atDesks(ownedBy: account.id).map { token, entry in
            ConsoleViews.RunningItem(
                href: "/console/sessions/\(token)", procedureTitle: entry.session.procedure.title,
                stepText: entry.session.currentStep?.prompt.text ?? "")
        }
        let isAdmin = account.role == .admin
        let now = services.clock.now()
        let ended = console.ended.endedSessions(ownedBy: account.id, at: now).map { ended in
            ConsoleViews.EndedItem(
                href: "/console/ended/\(ended.id)", label: ended.label,
                procedureTitle: services.library.procedure(ended.procedureID)?.title ?? ended.procedureID,
                endedAt: ConsoleDates.text(ended.endedAt), notesUntil: ConsoleDates.text(ended.endedAt + EndedSessions.window))
        }
        let page = ConsoleViews.Home(
            procedures: services.library.procedures.map { ConsoleViews.Option(value: $0.id, label: $0.title) },
            languages: services.languages.map { ConsoleViews.Option(value: $0.code, label: $0.name, selected: $0 == .french) },
            code: code,
            running: running,
            ended: ended,
            saved: try await savedItems(ownedBy: account.id),
            everyonesSaved: isAdmin ? try await savedItems(ownedBy: nil) : [],
            isAdmin: isAdmin,
            calls: CallList(services.runner.calls.waiting, services: services).calls,
            stuck: try await services.siteStuckPoints(at: now)
        )
        return try services.pages.consolePage("console-home", context: context, title: "Console", notice: notice, page: page, status: status)
    }

    /// Sorted by the worker's label, A to Z whatever the case and accents ("Mme B." among the B's is
    /// what a worker looks for when a resident comes back), then the newest first; unlabelled ones last.
    private func savedItems(ownedBy owner: Int64?) async throws -> [ConsoleViews.SavedItem] {
        try await services.console.accounts.savedSessions(ownedBy: owner).sorted(by: SavedOrder.before).map { entry in
            let procedure = services.library.procedure(entry.procedureID)
            return ConsoleViews.SavedItem(
                id: entry.id, label: entry.label, procedureTitle: procedure?.title ?? entry.procedureID,
                stepText: entry.stepID.flatMap { procedure?.step($0)?.prompt.text } ?? "",
                savedAt: ConsoleDates.text(entry.savedAt),
                forgottenAfter: ConsoleDates.day(entry.savedAt + services.console.settings.retentionMilliseconds),
                owner: entry.ownerName)
        }
    }

    struct StartForm: Decodable {
        var procedure: String?
        var lang: String?
    }

    @Sendable func start(_ request: Request, context: AppContext) async throws -> Response {
        let account = try context.requireIdentity()
        let form = try await request.decode(as: StartForm.self, context: context)
        guard let language = KioskLanguage.named(form.lang ?? "fr"), services.languages.contains(language) else {
            return try await homePage(context: context, account: account, notice: "Choisissez une langue dans la liste.", status: .badRequest)
        }
        // In the resident's language; the console itself shows it in French.
        guard let session = try? services.newSession(procedure: form.procedure ?? "", locale: language.code, channel: .assisted) else {
            return try await homePage(context: context, account: account, notice: "Choisissez une démarche dans la liste.", status: .badRequest)
        }
        let (token, _) = try await services.runner.start(session, at: .desk(owner: account.id), time: services.clock.now())
        return Response.redirect(to: "/console/sessions/\(token)", type: .normal)
    }
}

extension GuideServices {
    /// Puts a desk session aside under its worker's account, with the worker's `label`, and takes it off
    /// the desk: "Enregistrer", and what the server does with every open desk when it stops.
    func saveForLater(_ token: String, at place: LiveSession.Place, label: String?) async throws {
        let (accounts, labels, now) = (console.accounts, console.deskLabels, clock.now())
        _ = try await runner.putAside(token, at: place) { live in
            guard let owner = live.owner else { return }
            try await accounts.save(live.session.saved, stepID: live.session.currentStep?.id, label: label, owner: owner, at: now)
            labels.forget(live.session.context.sessionID)
        }
    }

    /// Applies the retention limit: saved sessions and notes past their days. (Desk sessions left
    /// open are ended by the ``IdleSweep``.)
    func forgetOldSessions() async throws {
        try await console.accounts.purge(before: clock.now() - console.settings.retentionMilliseconds)
    }
}
