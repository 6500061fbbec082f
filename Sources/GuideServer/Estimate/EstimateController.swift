import Estimates
import Foundation
import GuideEngine
import Hummingbird
import NIOCore
import ProcedureModel
import Speech

/// The kiosk's estimate screens, before a step that carries `<estimate>`: the few shared questions not
/// answered yet, "Je calcule…" (a page that reloads itself each second: no script), then the result.
/// On error or timeout, or without `--openfisca`, the step shows as written: its text is the fallback,
/// said by the step page as every step is. Each screen is said through the kiosk's audio path, with a
/// listen button and the kiosk's autoplay rule; the result, whose amounts the answers give, is rendered
/// for the session alone and kept on no disk. A shown estimate and a fallback are logged once per step,
/// with the benefits' names and never an amount.
struct EstimateController {
    let services: GuideServices

    func addRoutes(to router: Router<AppContext>) {
        router.get("/kiosk/estimate", use: show)
        router.post("/kiosk/estimate", use: act)
        router.get("/kiosk/estimate/audio", use: sayResult)
        router.get("/kiosk/estimate/audio/:lang/:question", use: sayQuestion)
    }

    struct Page: Sendable {
        struct Question: Sendable {
            var name: String
            var text: String
            var isNumber: Bool
            var choices: [Choice]
            var typeNumber: String
            var confirm: String
        }
        struct Choice: Sendable {
            var value: String
            var text: String
        }
        struct Result: Sendable {
            var title: String
            var sentences: [String]
            var continueLabel: String
        }
        var computing: String?
        /// Seconds before "Je calcule…" looks again: long enough the first time for its voice to finish.
        var refreshSeconds = 1
        var question: Question?
        var result: Result?
        /// What the listen button plays, and what the kiosk's autoplay says first.
        var audio: String?
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = request.cookies[KioskController.cookieName]?.value, let live = await services.runner.session(token), live.place == .kiosk
        else { return Response.redirect(to: "/kiosk", type: .normal) }
        let language = live.session.context.locale
        let content = services.content(language)
        let estimates = services.estimates
        let benefits = live.session.currentStep?.estimate?.benefits.map(\.variable) ?? []
        switch await estimates.stage(token: token, session: live.session) {
        case nil:
            await estimates.markSeen(token: token, session: live.session)
            return Response.redirect(to: "/kiosk/step", type: .normal)
        case .fallback(let reason)?:
            if await estimates.isFirst("logged", token: token, session: live.session) {
                try await log(.estimateFellBack(benefits: benefits, reason), token)
            }
            await estimates.markSeen(token: token, session: live.session)
            return Response.redirect(to: "/kiosk/step", type: .normal)
        case .computing?:
            let calculating = content.interface("kiosk.estimateCalculating")
            let first = await estimates.isFirst("computing", token: token, session: live.session)
            var frame = services.frame(
                content, title: calculating,
                page: Page(
                    computing: calculating, refreshSeconds: first ? 3 : 1,
                    audio: services.audio.map { _ in AudioPath.forWord(content.language.code, "estimateCalculating") }))
            // Said once: the page reloads itself each second, and a voice restarted each second says nothing.
            frame.autoplay = frame.autoplay && first
            return try services.pages.render("estimate", frame)
        case .asking(let question)?:
            let asked = EstimateQuestionWords(question, words: content.interface)
            let page = Page(
                question: Page.Question(
                    name: question.rawValue, text: asked.text, isNumber: asked.choices.isEmpty,
                    choices: asked.choices.map { Page.Choice(value: $0.value, text: $0.text) }, typeNumber: content.word("typeNumber"),
                    confirm: content.word("confirm")),
                audio: services.audio.map { _ in "/kiosk/estimate/audio/\(content.language.code)/\(question.rawValue)" })
            return try services.pages.render("estimate", services.frame(content, title: asked.text, page: page))
        case .shown(let result)?:
            if await estimates.isFirst("logged", token: token, session: live.session) {
                try await log(.estimateShown(benefits: benefits), token)
            }
            let said = SaidEstimate(result, words: content.interface)
            let heading = content.interface("kiosk.estimateResult")
            let page = Page(
                result: Page.Result(title: heading, sentences: said.text, continueLabel: content.word("continue")),
                audio: services.audio.map { _ in "/kiosk/estimate/audio" })
            return try services.pages.render("estimate", services.frame(content, title: heading, page: page))
        }
    }

    /// Logs what the estimate screens showed, through the session runner like every other event.
    private func log(_ input: Input, _ token: String) async throws {
        _ = try await services.runner.apply(input, to: token, at: .kiosk, time: services.clock.now())
    }

    /// An estimate question said aloud: the same for everyone, so rendered once and cached like a step's prompt.
    @Sendable func sayQuestion(_ request: Request, context: AppContext) async throws -> Response {
        let code = context.parameters.get("lang") ?? ""
        let name = context.parameters.get("question") ?? ""
        guard let content = services.content[code], let question = EstimateQuestion(rawValue: name) else {
            throw HTTPError(.notFound, message: "no estimate question '\(name)' in kiosk language '\(code)'")
        }
        let asked = EstimateQuestionWords(question, words: content.interface)
        let item = SpokenItem(locale: content.language.code, name: "estimate/\(question.rawValue)", script: AudioScript(parts: [.text(asked.audio)]))
        guard let audio = services.audio, let file = try await audio.file(for: item) else {
            throw HTTPError(.notFound, message: "no sound available on this kiosk")
        }
        var headers = HTTPFields()
        headers[.contentType] = "audio/wav"
        headers[.cacheControl] = "public, max-age=86400"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try Data(contentsOf: file))))
    }

    /// The result said aloud: every sentence of the session's estimate, a pause between them, rendered
    /// now and never cached (the amounts come from the person's answers).
    @Sendable func sayResult(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = request.cookies[KioskController.cookieName]?.value, let live = await services.runner.session(token), live.place == .kiosk,
            case .shown(let result)? = await services.estimates.stage(token: token, session: live.session), let audio = services.audio
        else { throw HTTPError(.notFound, message: "no estimate to say for this kiosk session") }
        let content = services.content(live.session.context.locale)
        let said = SaidEstimate(result, words: content.interface)
        let parts = said.audio.enumerated().flatMap { index, sentence in (index > 0 ? [AudioPart.pause(milliseconds: 400)] : []) + [.text(sentence)] }
        let item = SpokenItem(locale: content.language.code, name: "estimate", script: AudioScript(parts: parts))
        guard let sound = try await audio.soundOnce(of: item) else { throw HTTPError(.notFound, message: "no sound available on this kiosk") }
        var headers = HTTPFields()
        headers[.contentType] = "audio/wav"
        // Nothing of it kept by the browser either: the next person at the kiosk must not replay it.
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: sound)))
    }

    struct Form: Decodable {
        var action: String
        var question: String?
        var value: String?
    }

    @Sendable func act(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = request.cookies[KioskController.cookieName]?.value, let live = await services.runner.session(token), live.place == .kiosk
        else { return Response.redirect(to: "/kiosk", type: .normal) }
        let form = try await request.decode(as: Form.self, context: context)
        switch form.action {
        case "answer":
            guard let question = form.question.flatMap(EstimateQuestion.init(rawValue:)), let value = form.value.flatMap({ Self.read($0, for: question) })
            else { return Response.redirect(to: "/kiosk/estimate", type: .normal) }
            await services.estimates.answer(token: token, question, value)
            return Response.redirect(to: "/kiosk/estimate", type: .normal)
        case "seen":
            await services.estimates.markSeen(token: token, session: live.session)
            return Response.redirect(to: "/kiosk/step", type: .normal)
        default:
            throw HTTPError(.badRequest, message: "unknown estimate action '\(form.action)'")
        }
    }

    /// An answer the estimate can use, or `nil`: the question is then asked again.
    static func read(_ value: String, for question: EstimateQuestion) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        switch question.answerKind {
        case .number:
            guard let number = Double(trimmed.replacingOccurrences(of: ",", with: ".")), number >= 0, number < 1_000_000 else { return nil }
            return trimmed
        case .yesNo: return ["oui", "non"].contains(trimmed) ? trimmed : nil
        case .choice(let allowed): return allowed.contains(trimmed) ? trimmed : nil
        }
    }
}
