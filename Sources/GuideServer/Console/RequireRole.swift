import Hummingbird

/// Lets through only accounts whose role allows `role` (admins pass everywhere).
///
/// Nobody signed in: pages answer 303 to the login page, JSON calls 401. Signed in with another
/// role: 403 with a page that says so.
struct RequireRole: RouterMiddleware {
    typealias Context = AppContext

    let role: Role
    let pages: PageRenderer

    init(_ role: Role, pages: PageRenderer) {
        self.role = role
        self.pages = pages
    }

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        guard let account = context.identity else {
            if request.wantsJSON { throw HTTPError(.unauthorized, message: "sign in to the console first") }
            return Response.redirect(to: "/console/login", type: .normal)
        }
        guard account.role.allows(role) else {
            if request.wantsJSON { throw HTTPError(.forbidden, message: "the \(account.role.rawValue) role cannot use this") }
            return try pages.consoleMessage(
                .forbidden, context: context, title: "Accès refusé",
                message: "Votre compte (\(account.role.label.lowercased())) ne donne pas accès à cette page.",
                link: ConsoleLink(href: account.role.home, label: "Aller à votre page d'accueil")
            )
        }
        return try await next(request, context)
    }
}

extension Role {
    /// Where an account lands after signing in.
    var home: String { self == .analyst ? "/dashboard" : "/console" }
}

extension Request {
    /// A script or API client rather than a browser page: refusals come as status codes, not pages.
    var wantsJSON: Bool {
        headers[.accept]?.contains("application/json") == true
            || headers[.contentType]?.hasPrefix("application/json") == true
    }
}
