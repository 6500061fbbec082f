import EventLog
import GuideEngine
import Hummingbird
import ProcedureModel

/// The kiosk's own pages, reachable from every screen: text size and contrast for the session, the
/// privacy page, the accessibility statement, and the one-tap "did this help?" at the end.
struct KioskOwnPagesController {
    let services: GuideServices
    let memories: PageMemories

    /// The pages whose text is a template per language (`privacy-fr`, `accessibility-ar`…).
    static let statements = ["privacy", "accessibility"]

    func addRoutes(to router: Router<AppContext>) {
        router.post("/kiosk/display", use: changeDisplay)
        router.post("/kiosk/feedback", use: giveFeedback)
        for name in Self.statements {
            router.get("/kiosk/\(name)") { request, _ in try await statement(name, request) }
        }
    }

    struct DisplayForm: Decodable {
        var textSize: String?
        var contrast: String?
        /// The kiosk page the button was on, to go back to.
        var back: String?
    }

    /// A text size or contrast button: kept for this session, then back to the page it was pressed on.
    @Sendable func changeDisplay(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = await liveToken(request) else { return Response.redirect(to: "/kiosk", type: .normal) }
        let form = try await request.decode(as: DisplayForm.self, context: context)
        let size = try form.textSize.map { raw in
            guard let size = DisplayChoice.TextSize(rawValue: raw) else { throw HTTPError(.badRequest, message: "no text size '\(raw)'") }
            return size
        }
        let contrast = try form.contrast.map { raw in
            guard let contrast = DisplayChoice.Contrast(rawValue: raw) else { throw HTTPError(.badRequest, message: "no contrast '\(raw)'") }
            return contrast
        }
        memories.change(token) { memory in
            if let size { memory.display.textSize = size }
            if let contrast { memory.display.contrast = contrast }
        }
        await forgetEndedSessions()
        return Response.redirect(to: Self.pageBack(form.back), type: .normal)
    }

    struct FeedbackForm: Decodable { var value: String }

    /// One of the three faces, at the outcome: logged once per session, as a `feedback` event.
    @Sendable func giveFeedback(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = await liveToken(request), let live = await services.runner.session(token) else {
            return Response.redirect(to: "/kiosk", type: .normal)
        }
        let form = try await request.decode(as: FeedbackForm.self, context: context)
        guard ["good", "neutral", "bad"].contains(form.value) else {
            throw HTTPError(.badRequest, message: "no feedback '\(form.value)': good, neutral or bad")
        }
        let session = live.session
        guard case .finished = session.state, memories.memory(for: token).feedback == nil else {
            return Response.redirect(to: "/kiosk/step", type: .normal)
        }
        let context = session.context
        try await services.store.append([
            GuideEvent(
                session: context.sessionID, procedure: session.procedure.id, procedureVersion: session.procedure.version,
                step: session.currentStep?.id, kind: .feedback, time: services.clock.now(), channel: context.channel,
                site: context.site, terminal: context.terminal, locale: context.locale, value: form.value)
        ])
        memories.change(token) { $0.feedback = form.value }
        return Response.redirect(to: "/kiosk/step", type: .normal)
    }

    /// The privacy page or the accessibility statement, in the address's `lang`, else the session's.
    func statement(_ name: String, _ request: Request) async throws -> Response {
        var language = request.uri.queryParameters.get("lang")
        let token = await liveToken(request)
        if language == nil, let token {
            language = await services.runner.session(token)?.session.context.locale
        }
        let content = services.content(language ?? "fr")
        let title = content.word(name)
        // Back to the step the resident left, or to the procedures of their language.
        let back = token == nil ? "/kiosk/\(content.language.code)" : "/kiosk/step"
        return try services.pages.render(
            "\(name)-\(content.language.code)", services.frame(content, title: title, page: ["title": title, "back": back]))
    }

    /// The token of the live kiosk session behind the request's cookie.
    private func liveToken(_ request: Request) async -> String? {
        guard let token = request.cookies[KioskController.cookieName]?.value, !token.isEmpty,
            let live = await services.runner.session(token), live.place == .kiosk
        else { return nil }
        return token
    }

    /// Sessions end in many ways (finish, restart, idle sweep, take-over): their memories go here.
    private func forgetEndedSessions() async {
        for token in memories.tokens where await services.runner.session(token) == nil {
            memories.forget(token)
        }
    }

    /// The kiosk page the button was on, never an address elsewhere: else the current step.
    static func pageBack(_ back: String?) -> String {
        guard let back, back.hasPrefix("/kiosk"), !back.contains("//"), !back.contains("\\") else { return "/kiosk/step" }
        return back
    }
}
