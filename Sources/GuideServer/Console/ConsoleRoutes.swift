import Hummingbird

extension GuideServices {
    /// A group of routes under `path` open only to accounts whose role allows `role` (admins always).
    ///
    /// Use it for every signed-in part of the server, e.g. the analysts' dashboard:
    /// `services.signedInGroup(router, "dashboard", role: .analyst).get("", use: …)`. Its routes get
    /// `context.identity` (the ``Account``), `context.formToken` for the `csrf` field of their forms,
    /// a 303 to the login page (401 for JSON) when nobody is signed in, 403 for another role, and
    /// 403 for a POST without the right form token.
    func signedInGroup(_ router: Router<AppContext>, _ path: String, role: Role) -> RouterGroup<AppContext> {
        consoleBase(router, path)
            .add(middleware: RequireRole(role, pages: pages))
            .add(middleware: RequireFormToken(pages: pages))
    }

    /// The console: its login page, open to all, and its worker pages.
    func addConsoleRoutes(to router: Router<AppContext>) {
        let login = consoleBase(router, "console").add(middleware: RequireFormToken(pages: pages))
        LoginController(services: self).addRoutes(to: login)
        let desk = signedInGroup(router, "console", role: .worker)
        ConsoleController(services: self).addRoutes(to: desk)
        DeskController(services: self).addRoutes(to: desk)
        SavedSessionsController(services: self).addRoutes(to: desk)
        TakeOverController(services: self).addRoutes(to: desk)
        EndedSessionsController(services: self).addRoutes(to: desk)
        StepPage(services: self).addRoutes(to: desk)
        CallConsoleController(services: self).addRoutes(to: desk)
        DirectoryConsoleController(services: self).addRoutes(to: desk)
        RecordingsController(services: self).addRoutes(to: desk)
        RecordingReviewController(services: self).addRoutes(to: signedInGroup(router, "console/recordings/review", role: .admin))
    }

    /// Cookie session, signed-in account, and refusals as pages.
    private func consoleBase(_ router: Router<AppContext>, _ path: String) -> RouterGroup<AppContext> {
        router.group(RouterPath(path))
            .add(middleware: console.sessionMiddleware)
            .add(middleware: SignedInMiddleware(accounts: console.accounts, idle: .seconds(console.settings.idleSeconds)))
            .add(middleware: ConsoleErrorPages(pages: pages))
    }
}
