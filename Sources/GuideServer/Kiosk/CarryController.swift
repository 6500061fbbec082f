import Hummingbird

/// Carrying a kiosk session on to the resident's phone.
///
/// The outcome and hand-off screens show a QR code of `/kiosk/carry/<ticket>`. The phone opens a page
/// that asks to continue there (a GET changes nothing: a link preview must not take the session); its
/// button posts, the phone gets its own session cookie and the same step, and the kiosk, which asks
/// `/kiosk/carry-status` every few seconds, goes back to the welcome screen. A ticket works once.
struct CarryController {
    let services: GuideServices

    func addRoutes(to router: Router<AppContext>) {
        router.get("/kiosk/carry-status", use: status)
        router.get("/kiosk/carry/:ticket", use: confirm)
        router.post("/kiosk/carry/:ticket", use: carryOn)
    }

    /// The confirmation page, or the refusal when the ticket no longer works.
    @Sendable func confirm(_ request: Request, context: AppContext) async throws -> Response {
        let ticket = context.parameters.get("ticket") ?? ""
        switch await services.runner.checkCarry(ticket, time: services.clock.now()) {
        case .open(let locale):
            let content = services.content(locale)
            return try services.pages.render(
                "carry", services.frame(content, title: content.word("carryConfirm"), page: ["ticket": ticket]))
        case .refused(let locale):
            return try refused(locale)
        }
    }

    @Sendable func carryOn(_ request: Request, context: AppContext) async throws -> Response {
        let ticket = context.parameters.get("ticket") ?? ""
        let locale: String? =
            switch await services.runner.checkCarry(ticket, time: services.clock.now()) {
            case .open(let locale), .refused(let locale?): locale
            case .refused(nil): nil
            }
        guard let (token, _) = await services.runner.carryOn(ticket, to: ConsoleServices.addressKey(context), time: services.clock.now()) else {
            return try refused(locale)
        }
        var response = Response.redirect(to: "/kiosk/step", type: .normal)
        response.setCookie(KioskController(services: services).kioskCookie(token))
        return response
    }

    /// `204` while the kiosk's session is still here; `410` once it left: the page then opens
    /// `/kiosk/step`. The cookie is dropped here unless a mediator took the session over: `/kiosk/step`
    /// needs it once more to say so, and drops it then (the hand-off screen watches for both).
    @Sendable func status(_ request: Request, context: AppContext) async throws -> Response {
        let token = request.cookies[KioskController.cookieName]?.value
        if let token, await services.runner.session(token)?.place == .kiosk {
            return Response(status: .noContent)
        }
        var response = Response(status: .gone)
        if let token, await services.runner.wasTakenOver(token) { return response }
        response.setCookie(KioskController(services: services).kioskCookie("", maxAge: 0))
        return response
    }

    private func refused(_ locale: String?) throws -> Response {
        let content = services.content(locale ?? "fr")
        return try services.pages.render(
            "carry-refused", services.frame(content, title: content.word("carryRefused"), page: KioskPages.Empty()), status: .gone)
    }
}
