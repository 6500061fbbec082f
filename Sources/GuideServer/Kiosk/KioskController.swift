import GuideEngine
import Hummingbird
import ProcedureModel

/// The resident's kiosk: pick a language, pick a procedure, then one step per page.
///
/// Every page works without JavaScript: buttons are form posts answered by a redirect (post,
/// redirect, get). The small script in `static/kiosk.js` only adds audio and the idle timer.
struct KioskController {
    let services: GuideServices

    static let cookieName = "ariane-kiosk"

    func addRoutes(to router: Router<AppContext>) {
        router.get("/") { _, _ in Response.redirect(to: "/kiosk", type: .normal) }
        router.get("/kiosk", use: languages)
        router.get("/kiosk/step", use: showStep)
        router.post("/kiosk/step", use: act)
        router.get("/kiosk/help", use: showHelp)
        router.post("/kiosk/handoff", use: createHandOff)
        router.get("/kiosk/handoff", use: showHandOff)
        router.post("/kiosk/restart", use: restart)
        router.get("/kiosk/ended", use: ended)
        router.get("/kiosk/:lang", use: procedures)
        router.post("/kiosk/:lang/start", use: start)
    }

    @Sendable func languages(_ request: Request, context: AppContext) async throws -> Response {
        let items = services.languages.map { KioskPages.LanguageItem(code: $0.code, name: $0.name, dir: $0.dir, audio: nil) }
        return try services.pages.render("languages", services.frame(.french, title: "Ariane", page: ["languages": items]))
    }

    @Sendable func procedures(_ request: Request, context: AppContext) async throws -> Response {
        let language = try kioskLanguage(context)
        let items = services.library.procedures.map { procedure in
            KioskPages.ProcedureItem(
                id: procedure.id, lang: language.code, title: procedure.title,
                summary: procedure.summary.isEmpty ? nil : procedure.summary,
                pictogram: Pictograms.name(for: procedure.id), audio: nil
            )
        }
        return try services.pages.render("procedures", services.frame(language, title: KioskText().chooseProcedure, page: KioskPages.Choices(lang: language.code, procedures: items)))
    }

    struct StartForm: Decodable { var procedure: String }

    @Sendable func start(_ request: Request, context: AppContext) async throws -> Response {
        let language = try kioskLanguage(context)
        let form = try await request.decode(as: StartForm.self, context: context)
        guard let procedure = services.library.procedure(form.procedure), let conditions = services.conditions[procedure.id] else {
            throw HTTPError(.notFound, message: "no procedure '\(form.procedure)'")
        }
        let sessionContext = SessionContext(
            sessionID: RandomToken.make(bytes: 16), channel: .kiosk, site: services.settings.site,
            terminal: services.settings.terminal, locale: language.code
        )
        var session = Session(procedure: procedure, context: sessionContext, conditions: conditions)
        let now = WallClock.now()
        let effects = session.handle(.start, at: now)
        try await services.record(effects)
        let token = RandomToken.make(bytes: 32)
        await services.kiosks.insert(session, token: token, at: now)
        var response = Response.redirect(to: "/kiosk/step", type: .normal)
        response.setCookie(Cookie(name: Self.cookieName, value: token, path: "/kiosk", httpOnly: true, sameSite: .strict))
        return response
    }

    @Sendable func showStep(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = request.cookies[Self.cookieName]?.value, let entry = await services.kiosks.entry(token) else {
            if let token = request.cookies[Self.cookieName]?.value, await services.kiosks.wasTakenOver(token) {
                var response = try services.pages.render("taken-over", services.frame(.french, title: KioskText().takenOver, page: KioskPages.Empty()))
                response.setCookie(expiredCookie)
                return response
            }
            return Response.redirect(to: "/kiosk", type: .normal)
        }
        let language = KioskLanguage.named(entry.session.context.locale) ?? .french
        let text = KioskText()
        if case .finished = entry.session.state, let outcome = services.outcomeView(entry.session, text: text) {
            return try services.pages.render("outcome", services.frame(language, title: outcome.resultText, page: outcome))
        }
        let notice = await services.kiosks.takeNotice(token)
        guard let view = services.stepView(entry.session, notice: notice) else {
            return Response.redirect(to: "/kiosk/ended", type: .normal)
        }
        return try services.pages.render("step", services.frame(language, title: view.prompt, page: view))
    }

    struct StepForm: Decodable {
        var action: String
        var value: String?
    }

    @Sendable func act(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = request.cookies[Self.cookieName]?.value, let entry = await services.kiosks.entry(token) else {
            return Response.redirect(to: "/kiosk", type: .normal)
        }
        let form = try await request.decode(as: StepForm.self, context: context)
        let now = WallClock.now()
        let fromScript = request.headers[.accept]?.contains("application/json") == true
        if form.action == "still-here" {
            await services.kiosks.touch(token, at: now)
            return fromScript ? Response(status: .noContent) : Response.redirect(to: "/kiosk/step", type: .normal)
        }
        if form.action == "finish" {
            await services.kiosks.remove(token)
            return endedResponse()
        }
        guard let input = KioskAction.input(form.action, value: form.value) else {
            throw HTTPError(.badRequest, message: "unknown action '\(form.action)'")
        }
        var session = entry.session
        let effects = session.handle(input, at: now)
        // Events first: the new state is kept only once its events are committed.
        try await services.record(effects)
        let notice = effects.compactMap { effect -> String? in
            if case .reject(let rejection) = effect { return rejection.message }
            return nil
        }.first
        await services.kiosks.commit(session, token: token, basedOn: entry.version, at: now, notice: notice)
        if case .abandoned = session.state {
            await services.kiosks.remove(token)
            return fromScript ? Response(status: .noContent) : endedResponse()
        }
        if fromScript { return Response(status: .noContent) }
        switch input {
        case .help: return Response.redirect(to: "/kiosk/help", type: .normal)
        default: return Response.redirect(to: "/kiosk/step", type: .normal)
        }
    }

    @Sendable func showHelp(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = request.cookies[Self.cookieName]?.value, let entry = await services.kiosks.entry(token),
            let view = services.helpView(entry.session)
        else {
            return Response.redirect(to: "/kiosk", type: .normal)
        }
        let language = KioskLanguage.named(entry.session.context.locale) ?? .french
        return try services.pages.render("help", services.frame(language, title: KioskText().helpTitle, page: view))
    }

    @Sendable func createHandOff(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = request.cookies[Self.cookieName]?.value, let entry = await services.kiosks.entry(token) else {
            return Response.redirect(to: "/kiosk", type: .normal)
        }
        let now = WallClock.now()
        var session = entry.session
        try await services.record(session.handle(.handOff, at: now))
        await services.kiosks.commit(session, token: token, basedOn: entry.version, at: now)
        await services.kiosks.setHandOff(HandOffCode(issuedAt: now), token: token)
        return Response.redirect(to: "/kiosk/handoff", type: .normal)
    }

    @Sendable func showHandOff(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = request.cookies[Self.cookieName]?.value, let entry = await services.kiosks.entry(token),
            let code = entry.handOff
        else {
            return Response.redirect(to: "/kiosk/step", type: .normal)
        }
        let language = KioskLanguage.named(entry.session.context.locale) ?? .french
        return try services.pages.render("handoff", services.frame(language, title: KioskText().handOffTitle, page: KioskPages.HandOffView(code: code.spoken)))
    }

    /// "Recommencer": whatever was on screen is abandoned and forgotten.
    @Sendable func restart(_ request: Request, context: AppContext) async throws -> Response {
        if let token = request.cookies[Self.cookieName]?.value, let entry = await services.kiosks.entry(token) {
            var session = entry.session
            if case .atStep = session.state { try await services.record(session.handle(.abandon, at: WallClock.now())) }
            await services.kiosks.remove(token)
        }
        var response = Response.redirect(to: "/kiosk", type: .normal)
        response.setCookie(expiredCookie)
        return response
    }

    @Sendable func ended(_ request: Request, context: AppContext) async throws -> Response {
        try services.pages.render("ended", services.frame(.french, title: KioskText().thankYou, page: KioskPages.Empty()))
    }

    private func endedResponse() -> Response {
        var response = Response.redirect(to: "/kiosk/ended", type: .normal)
        response.setCookie(expiredCookie)
        return response
    }

    private var expiredCookie: Cookie {
        Cookie(name: Self.cookieName, value: "", maxAge: 0, path: "/kiosk", httpOnly: true, sameSite: .strict)
    }

    private func kioskLanguage(_ context: AppContext) throws -> KioskLanguage {
        let code = context.parameters.get("lang") ?? ""
        guard let language = KioskLanguage.named(code), services.languages.contains(language) else {
            throw HTTPError(.notFound, message: "no kiosk language '\(code)'")
        }
        return language
    }
}
