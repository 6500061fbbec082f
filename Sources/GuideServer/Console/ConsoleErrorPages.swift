import Hummingbird

/// Shows a console page, not bare JSON, when a console route refuses a browser's request (4xx).
struct ConsoleErrorPages: RouterMiddleware {
    let pages: PageRenderer

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where (400..<500).contains(error.status.code) && !request.wantsJSON {
            return try pages.consoleMessage(
                error.status, context: context, title: Self.title(error.status),
                message: error.body ?? error.status.reasonPhrase,
                link: ConsoleLink(href: "/console", label: "Revenir à la console"))
        }
    }

    static func title(_ status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "Introuvable"
        case .conflict: "Pas possible maintenant"
        case .contentTooLarge: "Trop long"
        default: "Demande incorrecte"
        }
    }
}
