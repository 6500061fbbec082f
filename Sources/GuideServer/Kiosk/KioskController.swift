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
        let items = services.languages.map { language in
            KioskPages.LanguageItem(
                code: language.code, name: language.name, dir: language.dir,
                listenName: services.content(language.code).word("listen") + language.colon + language.name,
                audio: services.audio.map { _ in AudioPath.forWord(language.code, "languageName") }
            )
        }
        let french = services.content("fr")
        return try services.pages.render("languages", services.frame(french, title: french.word("chooseLanguage"), page: ["languages": items]))
    }

    @Sendable func procedures(_ request: Request, context: AppContext) async throws -> Response {
        let language = try kioskLanguage(context)
        let content = services.content(language.code)
        let themes = ThemeGroups.make(content, withAudio: services.audio != nil)
        return try services.pages.render(
            "procedures", services.frame(content, title: content.word("chooseProcedure"), page: KioskPages.Choices(lang: language.code, themes: themes)))
    }

    struct StartForm: Decodable { var procedure: String }

    @Sendable func start(_ request: Request, context: AppContext) async throws -> Response {
        let language = try kioskLanguage(context)
        let form = try await request.decode(as: StartForm.self, context: context)
        guard services.library.procedure(form.procedure) != nil else {
            throw HTTPError(.notFound, message: "no procedure '\(form.procedure)'")
        }
        let token: String
        do {
            (token, _) = try await services.startAtKiosk(procedure: form.procedure, locale: language.code, from: ConsoleServices.addressKey(context))
        } catch let full as SessionRunner.Full {
            let content = services.content(language.code)
            var response = try services.pages.render(
                "busy", services.frame(content, title: content.word("busy"), page: KioskPages.Empty()),
                status: full == .address ? .tooManyRequests : .serviceUnavailable)
            response.headers[.retryAfter] = "\(services.settings.sessionLimits.idleSecondsBeforeEnding)"
            return response
        }
        var response = Response.redirect(to: "/kiosk/step", type: .normal)
        response.setCookie(kioskCookie(token))
        return response
    }

    @Sendable func showStep(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = kioskToken(request, context), let entry = await kioskSession(token, context) else {
            if let token = request.cookies[Self.cookieName]?.value, let language = await services.runner.takenOver(token) {
                let content = services.content(language)
                var response = try services.pages.render("taken-over", services.frame(content, title: content.word("takenOver"), page: KioskPages.Empty()))
                response.setCookie(expiredCookie)
                return response
            }
            return Response.redirect(to: "/kiosk", type: .normal)
        }
        if entry.awaitingMediator { await services.runner.backFromHandOff(token, time: services.clock.now()) }
        let content = services.content(entry.session.context.locale)
        if case .finished = entry.session.state,
            var outcome = content.outcomeView(
                entry.session, withAudio: services.audio != nil, localKinds: services.localKinds(entry.session.currentStep))
        {
            outcome.carry = try await services.carryOffer(token, language: content.language.code, request: request)
            return try services.pages.render(
                "outcome", services.frame(content, title: outcome.resultText, page: outcome, canCall: true, nearbyFor: entry.session))
        }
        // Only a step with an estimate can need the detour, and only a session with a notice has one to
        // take: the other steps skip both actors (each a hop for every page shown).
        if entry.session.currentStep?.estimate != nil, await services.estimates.needsDetour(token: token, session: entry.session) {
            return Response.redirect(to: "/kiosk/estimate", type: .normal)
        }
        let notice = entry.notice == nil ? nil : await services.runner.takeNotice(token)
        guard let page = try services.stepPage(entry.session, notice: notice) else {
            return Response.redirect(to: "/kiosk/ended", type: .normal)
        }
        return page
    }

    struct StepForm: Decodable {
        var action: String
        var value: String?
        /// The step the page showed (``ShownStep/formValue``): an answer made for another is stale.
        var shown: String?
    }

    @Sendable func act(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = request.cookies[Self.cookieName]?.value else {
            return Response.redirect(to: "/kiosk", type: .normal)
        }
        let form = try await request.decode(as: StepForm.self, context: context)
        let now = services.clock.now()
        let fromScript = request.headers[.accept]?.contains("application/json") == true
        switch form.action {
        case "still-here":
            await services.runner.touch(token, at: .kiosk, time: now)
            return fromScript ? Response(status: .noContent) : Response.redirect(to: "/kiosk/step", type: .normal)
        case "finish":
            let ended = try await services.runner.end(token, at: .kiosk, time: now)
            return endedResponse(ended?.context.locale ?? "fr")
        default:
            break
        }
        guard let input = KioskAction.input(form.action, value: form.value) else {
            throw HTTPError(.badRequest, message: "unknown action '\(form.action)'")
        }
        let outcome = try await services.runner.apply(
            input, to: token, at: .kiosk, shown: form.shown.flatMap(ShownStep.init(formValue:)), time: now,
            notice: services.residentNotice)
        let applied: SessionRunner.Applied
        switch outcome {
        case nil:
            return Response.redirect(to: "/kiosk", type: .normal)
        case .stale:
            // A second tap on a step already answered: the page of the step the person is at now.
            return fromScript ? Response(status: .noContent) : Response.redirect(to: "/kiosk/step", type: .normal)
        case .applied(let result):
            applied = result
        }
        if case .abandoned = applied.session.state {
            return fromScript ? Response(status: .noContent) : endedResponse(applied.session.context.locale)
        }
        if fromScript { return Response(status: .noContent) }
        if case .help = input { return Response.redirect(to: "/kiosk/help", type: .normal) }
        // Without the page script, "listen" opens the sound in the browser's own player.
        if case .listen = input, services.audio != nil, let step = applied.session.currentStep, step.prompt.audio != nil {
            return Response.redirect(to: AudioPath.forStep(applied.session.context.locale, applied.session.procedure.id, step.id), type: .normal)
        }
        return Response.redirect(to: "/kiosk/step", type: .normal)
    }

    @Sendable func showHelp(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = kioskToken(request, context), let entry = await kioskSession(token, context) else {
            return Response.redirect(to: "/kiosk", type: .normal)
        }
        let content = services.content(entry.session.context.locale)
        guard
            let view = content.helpView(
                entry.session, withAudio: services.audio != nil, localKinds: services.localKinds(entry.session.currentStep))
        else { return Response.redirect(to: "/kiosk", type: .normal) }
        return try services.pages.render("help", services.frame(content, title: content.word("helpTitle"), page: view, canCall: true, nearbyFor: entry.session))
    }

    @Sendable func createHandOff(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = request.cookies[Self.cookieName]?.value else {
            return Response.redirect(to: "/kiosk", type: .normal)
        }
        guard try await services.runner.handOff(token, time: services.clock.now()) != nil else {
            return Response.redirect(to: "/kiosk", type: .normal)
        }
        return Response.redirect(to: "/kiosk/handoff", type: .normal)
    }

    @Sendable func showHandOff(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = kioskToken(request, context), let entry = await kioskSession(token, context),
            let code = entry.handOff
        else {
            return Response.redirect(to: "/kiosk/step", type: .normal)
        }
        let content = services.content(entry.session.context.locale)
        let carry = try await services.carryOffer(token, language: content.language.code, request: request)
        return try services.pages.render(
            "handoff",
            services.frame(
                content, title: content.word("handOffTitle"),
                page: KioskPages.HandOffView(
                    code: code.spoken, carry: carry,
                    spokenCode: services.audio.map { _ in SpokenCode.paths(code, in: content.language.code) }),
                canCall: true, nearbyFor: entry.session))
    }

    /// "Recommencer": whatever was on screen is abandoned and forgotten.
    @Sendable func restart(_ request: Request, context: AppContext) async throws -> Response {
        if let token = request.cookies[Self.cookieName]?.value {
            try await services.runner.end(token, at: .kiosk, time: services.clock.now())
        }
        var response = Response.redirect(to: "/kiosk", type: .normal)
        response.setCookie(expiredCookie)
        return response
    }

    @Sendable func ended(_ request: Request, context: AppContext) async throws -> Response {
        let content = services.content(request.uri.queryParameters.get("lang") ?? "fr")
        return try services.pages.render("ended", services.frame(content, title: content.word("thankYou"), page: KioskPages.Empty()))
    }

    /// The thank-you page, in the language the resident used; the kiosk cookie is dropped.
    private func endedResponse(_ language: String = "fr") -> Response {
        var response = Response.redirect(to: "/kiosk/ended?lang=\(language)", type: .normal)
        response.setCookie(expiredCookie)
        return response
    }

    private var expiredCookie: Cookie { kioskCookie("", maxAge: 0) }

    /// The kiosk session's cookie: out of reach of scripts and other sites, and Secure with
    /// `--secure-cookies` (the one that drops it too, or a browser may keep the old one).
    func kioskCookie(_ token: String, maxAge: Int? = nil) -> Cookie {
        Cookie(name: Self.cookieName, value: token, maxAge: maxAge, path: "/kiosk", secure: services.settings.secureCookies, httpOnly: true, sameSite: .strict)
    }

    /// The kiosk cookie's token, as ``PageMemoryMiddleware`` read it if it did.
    private func kioskToken(_ request: Request, _ context: AppContext) -> String? {
        context.kioskToken ?? request.cookies[Self.cookieName]?.value
    }

    /// The kiosk session behind a cookie's token; a desk's token never opens a kiosk page. The one
    /// ``PageMemoryMiddleware`` found for this request, if it found one, else the runner's.
    private func kioskSession(_ token: String, _ context: AppContext) async -> LiveSession? {
        if let live = context.kioskSession { return live }
        guard let live = await services.runner.session(token), live.place == .kiosk else { return nil }
        return live
    }

    private func kioskLanguage(_ context: AppContext) throws -> KioskLanguage {
        let code = context.parameters.get("lang") ?? ""
        guard let language = KioskLanguage.named(code), services.languages.contains(language) else {
            throw HTTPError(.notFound, message: "no kiosk language '\(code)'")
        }
        return language
    }
}
