import GuideEngine
import Hummingbird
import ProcedureModel

/// The take-home sheet: `GET /kiosk/sheet` for the kiosk's session (its cookie), and
/// `GET /api/v1/session/sheet` for an API client's (its bearer token). Both are HTML, printable on A4
/// and readable on a phone.
struct SheetController {
    let services: GuideServices

    func addRoutes(to router: Router<AppContext>) {
        router.get("/kiosk/sheet", use: kioskSheet)
        router.get("/api/v1/session/sheet", use: apiSheet)
    }

    @Sendable func kioskSheet(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = request.cookies[KioskController.cookieName]?.value, let live = await services.runner.session(token),
            live.place == .kiosk
        else {
            return Response.redirect(to: "/kiosk", type: .normal)
        }
        return try render(live, onKiosk: true)
    }

    @Sendable func apiSheet(_ request: Request, context: AppContext) async throws -> Response {
        let token = try ApiController.bearer(request)
        guard let live = await services.runner.session(token), live.place == .kiosk else { throw ApiController.noSession }
        return try render(live, onKiosk: false)
    }

    private func render(_ live: LiveSession, onKiosk: Bool) throws -> Response {
        try services.sheetPage(live, onKiosk: onKiosk)
    }
}

extension GuideServices {
    /// The sheet page of `live`, in the resident's language: the kiosk's, the API's, and the one a worker
    /// prints from the console (`onKiosk: false`: no kiosk buttons).
    func sheetPage(_ live: LiveSession, onKiosk: Bool = false) throws -> Response {
        let content = content(live.session.context.locale)
        let sheet: SheetView
        do {
            sheet = try sheetView(live, onKiosk: onKiosk, time: clock.now())
        } catch {
            throw HTTPError(.internalServerError, message: "the take-home sheet of '\(live.session.procedure.id)': \(error.description)")
        }
        return try pages.render("sheet", frame(content, title: content.word("sheetTitle"), page: sheet))
    }
}
