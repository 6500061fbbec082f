import GuideEngine
import Hummingbird

/// "Je veux parler à quelqu'un" on the kiosk: the call, the screen that waits for the person, and
/// calling off.
///
/// Every page works without JavaScript; the waiting screen's script only notices when a worker has
/// taken the session over (the page then says so) and plays the code aloud.
struct CallController {
    let services: GuideServices

    func addRoutes(to router: Router<AppContext>) {
        router.post("/kiosk/call", use: call)
        router.get("/kiosk/call", use: waiting)
        router.post("/kiosk/call/cancel", use: cancel)
    }

    @Sendable func call(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = request.cookies[KioskController.cookieName]?.value,
            try await services.runner.callMediator(token, time: services.clock.now()) != nil
        else {
            return Response.redirect(to: "/kiosk", type: .normal)
        }
        return Response.redirect(to: "/kiosk/call", type: .normal)
    }

    /// "Une personne arrive", the code, and a way to call off. Once a worker has taken the session
    /// over, this address sends to the step page, which says so.
    @Sendable func waiting(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = request.cookies[KioskController.cookieName]?.value, let live = await services.runner.session(token),
            live.place == .kiosk, let call = services.runner.calls.call(forSession: token)
        else {
            return Response.redirect(to: "/kiosk/step", type: .normal)
        }
        let content = services.content(live.session.context.locale)
        let page = CallViews.Waiting(code: call.code.spoken, spokenCode: services.audio.map { _ in SpokenCode.paths(call.code, in: content.language.code) })
        return try services.pages.render("calling", services.frame(content, title: content.word("personComing"), page: page))
    }

    /// "Annuler l'appel": back to the question, the call withdrawn.
    @Sendable func cancel(_ request: Request, context: AppContext) async throws -> Response {
        if let token = request.cookies[KioskController.cookieName]?.value {
            await services.runner.cancelCall(token, time: services.clock.now())
        }
        return Response.redirect(to: "/kiosk/step", type: .normal)
    }
}
