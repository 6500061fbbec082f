import Estimates
import Foundation
import GuideEngine
import Hummingbird
import ProcedureModel

/// The kiosk's estimate screens, before a step that carries `<estimate>`: the few shared questions not
/// answered yet, "Je calcule…" (a page that reloads itself each second: no script), then the result.
/// On error or timeout, or without `--openfisca`, the step shows as written: its text is the fallback.
struct EstimateController {
    let services: GuideServices

    func addRoutes(to router: Router<AppContext>) {
        router.get("/kiosk/estimate", use: show)
        router.post("/kiosk/estimate", use: act)
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
        var question: Question?
        var result: Result?
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        guard let token = request.cookies[KioskController.cookieName]?.value, let live = await services.runner.session(token), live.place == .kiosk
        else { return Response.redirect(to: "/kiosk", type: .normal) }
        let language = live.session.context.locale
        let content = services.content(language)
        let words = EstimatePageWords.of(language)
        switch await services.estimates.stage(token: token, session: live.session) {
        case nil, .fallback?:
            await services.estimates.markSeen(token: token, session: live.session)
            return Response.redirect(to: "/kiosk/step", type: .normal)
        case .computing?:
            return try services.pages.render("estimate", services.frame(content, title: words.calculating, page: Page(computing: words.calculating)))
        case .asking(let question)?:
            let asked = EstimateQuestionWords.of(question, language: language)
            let page = Page(
                question: Page.Question(
                    name: question.rawValue, text: asked.text, isNumber: asked.choices.isEmpty,
                    choices: asked.choices.map { Page.Choice(value: $0.value, text: $0.text) }, typeNumber: content.word("typeNumber"),
                    confirm: content.word("confirm")))
            return try services.pages.render("estimate", services.frame(content, title: asked.text, page: page))
        case .shown(let result)?:
            let said = SaidEstimate(result, language: language)
            let page = Page(result: Page.Result(title: words.result, sentences: said.text, continueLabel: content.word("continue")))
            return try services.pages.render("estimate", services.frame(content, title: words.result, page: page))
        }
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
