public import EventLog
import Foundation
public import Hummingbird
public import Logging
public import Prometheus
public import ServiceLifecycle

/// Builds the Ariane server: kiosk, API, health and metrics, static files, on the given event store.
///
/// `registry` receives the server's counters; `ariane serve` also bootstraps swift-metrics with it so
/// that request metrics land in the same `/metrics` page. `clock` is what "now" is for every route and
/// for the sweep that ends untouched sessions; tests move their own by hand. `central` opens the route
/// that takes sites' events; `background` runs beside the server (a site's shipping of its events).
public func buildApplication(
    _ settings: ServerSettings, store: any EventStore, registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
    logger: Logger? = nil, clock: GuideClock = .system, central: CentralSync? = nil, background: [any Service] = []
) async throws -> some ApplicationProtocol {
    let logger = logger ?? Logger(label: "ariane")
    let services = try GuideServices(
        settings: settings, library: try GuideServices.loadLibrary(settings), store: store,
        pages: try await PageRenderer.bundled(), metrics: ServerMetrics(registry: registry), clock: clock
    )
    // The places near the site are read before the first resident comes (from PostgreSQL they would
    // otherwise wait for the watcher's first look); a directory that cannot be read yet shows none.
    _ = try? await services.nearby?.refresh()
    // Said once at start, so that whoever runs a site sees which local addresses a resident would miss.
    if let missing = LocalHelpPoints.startNotice(services.library) { logger.notice("\(missing)") }
    let router = buildRouter(services)
    if let central { SyncController(central: central).addRoutes(to: router) }
    // While the server runs, the console's sign-in store forgets expired sign-ins, and the idle sweep
    // ends the sessions nobody touches any more; when it stops, the sessions open at desks are saved.
    return Application(
        router: router,
        // A connection that sends no complete request head in time is closed: half-open connections
        // (a stalled client, a slow-headers attack) cannot pile up.
        server: .http1(configuration: .init(idleTimeout: .seconds(Int64(settings.headerTimeoutSeconds)))),
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "ariane"),
        services: [
            services.console.signIns, IdleSweep(services: services, logger: logger), SaveDesksOnStop(services: services, logger: logger),
        ] + background,
        logger: logger
    )
}

func buildRouter(_ services: GuideServices) -> Router<AppContext> {
    let router = Router(context: AppContext.self)
    if !services.settings.trustedProxies.isEmpty {
        router.add(middleware: ClientAddressMiddleware(proxies: services.settings.trustedProxies))
    }
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: MethodNotAllowedMiddleware.api)
    // The kiosk's own pages remember a session's display and feedback; error pages are drawn with them.
    let memories = PageMemories()
    router.add(middleware: PageMemoryMiddleware(services: services, memories: memories))
    router.add(middleware: KioskErrorPages(services: services))
    if let staticFolder = Bundle.module.url(forResource: "static", withExtension: nil) {
        // Asked again on every use (a 304 from this machine costs nothing): the names carry no version, and a
        // kiosk must not keep an old stylesheet or script for hours after Ariane is updated.
        let revalidate = CacheControl([(MediaType(type: .any), [.noCache])])
        router.add(middleware: FileMiddleware(staticFolder.path, urlBasePath: "/static", cacheControl: revalidate, searchForIndexHtml: false))
    }
    router.get("/health") { _, _ in HTTPResponse.Status.ok }
    router.get("/metrics") { _, _ in
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        return Response(
            status: .ok, headers: headers,
            body: .init(byteBuffer: ByteBuffer(string: services.metrics.exposition(consolesWatchingCalls: services.runner.calls.watcherCount))))
    }
    KioskController(services: services).addRoutes(to: router)
    SheetController(services: services).addRoutes(to: router)
    CarryController(services: services).addRoutes(to: router)
    KioskOwnPagesController(services: services, memories: memories).addRoutes(to: router)
    EstimateController(services: services).addRoutes(to: router)
    ApiController(services: services).addRoutes(to: router)
    AudioController(services: services).addRoutes(to: router)
    CallController(services: services).addRoutes(to: router)
    services.addConsoleRoutes(to: router)
    DashboardController(services: services).addRoutes(to: services.signedInGroup(router, "dashboard", role: .analyst))
    return router
}

/// Builds the server and runs it until SIGTERM or SIGINT: what `ariane serve` does.
public func runServer(
    _ settings: ServerSettings, store: any EventStore, registry: PrometheusCollectorRegistry, logger: Logger? = nil, central: CentralSync? = nil,
    background: [any Service] = []
) async throws {
    let app = try await buildApplication(settings, store: store, registry: registry, logger: logger, central: central, background: background)
    try await app.runService()
}
