import GuideEngine
import Hummingbird
import ProcedureModel

/// The JSON API for kiosk clients (`docs/openapi.yaml`). A session is reached only through its
/// secret token, sent as `Authorization: Bearer`, never in a URL where logs would keep it.
struct ApiController {
    let services: GuideServices

    func addRoutes(to router: Router<AppContext>) {
        let api = router.group("api/v1")
        api.get("procedures", use: procedures)
        api.post("sessions", use: start)
        api.get("session", use: show)
        api.post("session/inputs", use: input)
        api.delete("session", use: abandon)
    }

    @Sendable func procedures(_ request: Request, context: AppContext) async throws -> Api.ProcedureList {
        Api.ProcedureList(
            procedures: services.library.procedures.map {
                Api.Procedure(id: $0.id, version: $0.version, title: $0.title, summary: $0.summary, language: $0.language)
            })
    }

    @Sendable func start(_ request: Request, context: AppContext) async throws -> EditedResponse<Api.Session> {
        let form = try await request.decode(as: Api.Start.self, context: context)
        guard let procedure = services.library.procedure(form.procedure) else {
            throw HTTPError(.notFound, message: "no procedure '\(form.procedure)'")
        }
        let locale = form.locale ?? procedure.language
        guard locale.wholeMatch(of: /[a-z]{2,3}(-[A-Za-z0-9]{2,8})*/) != nil else {
            throw HTTPError(.badRequest, message: "'\(locale)' is not a language code such as 'fr', 'en' or 'ar'")
        }
        // A language this server has no translation for is a thing not found, as a procedure would be.
        guard services.languages.contains(where: { $0.code == locale }) else {
            throw HTTPError(.notFound, message: "no '\(locale)' translation; languages: \(services.languages.map(\.code).joined(separator: ", "))")
        }
        let token: String
        let session: Session
        do {
            (token, session) = try await services.startAtKiosk(procedure: procedure.id, locale: locale, from: ConsoleServices.addressKey(context))
        } catch let full as SessionRunner.Full {
            var headers = HTTPFields()
            headers[.retryAfter] = "\(services.settings.sessionLimits.idleSecondsBeforeEnding)"
            throw HTTPError(
                full == .address ? .tooManyRequests : .serviceUnavailable, headers: headers,
                message: full == .address
                    ? "too many sessions in use from this address: end one (DELETE /api/v1/session) or retry later"
                    : "too many sessions in use on this server: retry later")
        }
        return EditedResponse(status: .created, response: services.apiSession(session, token: token))
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Api.Session {
        let token = try Self.bearer(request)
        guard let live = await services.runner.session(token), live.place == .kiosk else { throw Self.noSession }
        return services.apiSession(live.session, handOffCode: live.handOff?.spoken)
    }

    @Sendable func input(_ request: Request, context: AppContext) async throws -> Api.Session {
        let token = try Self.bearer(request)
        let body = try await request.decode(as: Api.Input.self, context: context)
        guard let input = Self.engineInput(body) else {
            throw HTTPError(.badRequest, message: "unknown input type '\(body.type)'")
        }
        if let steps = body.steps, !(1...10_000).contains(steps) {
            throw HTTPError(.badRequest, message: "'steps' counts the steps to go back: from 1 to 10000, not \(steps)")
        }
        let now = services.clock.now()
        let applied: SessionRunner.Applied
        var code: String?
        if case .handOff = input {
            guard let (result, handOff) = try await services.runner.handOff(token, time: now) else { throw Self.noSession }
            (applied, code) = (result, handOff.spoken)
        } else {
            let shown = body.step.map(ShownStep.init(stepID:))
            switch try await services.runner.apply(input, to: token, at: .kiosk, shown: shown, time: now) {
            case nil: throw Self.noSession
            case .stale(let session):
                throw HTTPError(
                    .conflict,
                    message: "the session is no longer at step '\(body.step ?? "")' but at '\(session.currentStep?.id ?? "")': nothing was recorded")
            case .applied(let result): applied = result
            }
        }
        if let fault = applied.fault {
            throw HTTPError(.internalServerError, message: "the procedure cannot continue here: \(fault)")
        }
        return services.apiSession(applied.session, applied: applied, handOffCode: code)
    }

    @Sendable func abandon(_ request: Request, context: AppContext) async throws -> HTTPResponse.Status {
        let token = try Self.bearer(request)
        guard try await services.runner.end(token, at: .kiosk, time: services.clock.now()) != nil else { throw Self.noSession }
        return .noContent
    }

    /// A token that opens no session is an invalid credential (RFC 6750): the session ended, expired or
    /// never existed. The client starts a new one.
    static var noSession: HTTPError {
        var headers = HTTPFields()
        headers[.wwwAuthenticate] = #"Bearer error="invalid_token""#
        return HTTPError(.unauthorized, headers: headers, message: "no session for this token: it ended, expired or never existed")
    }

    static func bearer(_ request: Request) throws -> String {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
            var headers = HTTPFields()
            headers[.wwwAuthenticate] = "Bearer"
            throw HTTPError(.unauthorized, headers: headers, message: "send the session token as 'Authorization: Bearer <token>'")
        }
        return String(header.dropFirst("Bearer ".count))
    }

    static func engineInput(_ body: Api.Input) -> GuideEngine.Input? {
        switch body.type {
        case "back": .back(steps: body.steps ?? 1)
        case "hand-off": .handOff
        default: KioskAction.input(body.type, value: body.value)
        }
    }
}
