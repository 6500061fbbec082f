import GuideEngine
import Hummingbird

/// A refusal on a kiosk address, seen in a browser, is a page in the resident's language with a way
/// back to the start: never raw JSON, never English words the resident did not choose. The kiosk's own
/// script (which asks for JSON) and API clients keep the JSON answer.
struct KioskErrorPages: RouterMiddleware {
    let services: GuideServices

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        guard request.uri.path == "/kiosk" || request.uri.path.hasPrefix("/kiosk/"), wantsPage(request) else {
            return try await next(request, context)
        }
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            let content = services.content(await language(of: request))
            let word =
                switch error.status.code {
                case 404: "pageNotFound"
                case 400..<500: "requestNotUnderstood"
                default: "somethingWentWrong"
                }
            var response = try services.pages.render(
                "kiosk-error", services.frame(content, title: content.word(word), page: ["message": content.word(word)]),
                status: error.status)
            for field in error.headers { response.headers.append(field) }
            return response
        }
    }

    /// A browser asks for HTML; the kiosk's script and API clients ask for JSON.
    private func wantsPage(_ request: Request) -> Bool {
        guard let accept = request.headers[.accept] else { return true }
        return !accept.contains("application/json")
    }

    /// The language in the address (`/kiosk/ar/…`), else the one of the resident's session, else French.
    private func language(of request: Request) async -> String {
        let parts = request.uri.path.split(separator: "/")
        if parts.count >= 2, let language = KioskLanguage.named(String(parts[1])), services.languages.contains(language) {
            return language.code
        }
        if let token = request.cookies[KioskController.cookieName]?.value, let live = await services.runner.session(token) {
            return live.session.context.locale
        }
        return "fr"
    }
}
