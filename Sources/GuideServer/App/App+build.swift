public import EventLog
import Foundation
public import Hummingbird
public import Logging

/// Builds the Ariane server: kiosk, health check, static files, on the given event store.
public func buildApplication(_ settings: ServerSettings, store: any EventStore, logger: Logger? = nil) async throws -> some ApplicationProtocol {
    let logger = logger ?? Logger(label: "ariane")
    let services = try GuideServices(
        settings: settings, library: try GuideServices.loadLibrary(settings), store: store, pages: try await PageRenderer.bundled()
    )
    let router = buildRouter(services)
    // The console's sign-in store sweeps expired sessions while the server runs.
    return Application(
        router: router,
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "ariane"),
        services: [services.console.signIns],
        logger: logger
    )
}

func buildRouter(_ services: GuideServices) -> Router<AppContext> {
    let router = Router(context: AppContext.self)
    router.add(middleware: LogRequestsMiddleware(.debug))
    if let staticFolder = Bundle.module.url(forResource: "static", withExtension: nil) {
        router.add(middleware: FileMiddleware(staticFolder.path, urlBasePath: "/static", searchForIndexHtml: false))
    }
    router.get("/health") { _, _ in HTTPResponse.Status.ok }
    KioskController(services: services).addRoutes(to: router)
    services.addConsoleRoutes(to: router)
    return router
}
