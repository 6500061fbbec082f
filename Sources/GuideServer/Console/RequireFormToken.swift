import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth

/// CSRF protection: every POST, PUT, PATCH or DELETE must carry the console session's form token,
/// in the form field `csrf` or the `X-CSRF-Token` header; otherwise 403 and nothing is done.
///
/// Pages put the token in each form with `{{> console-csrf}}` (it reads `csrf` from the frame);
/// scripts read it from `<meta name="csrf-token">` of the console layout and send the header.
struct RequireFormToken: RouterMiddleware {
    typealias Context = AppContext

    static let fieldName = "csrf"
    /// The header scripts send the token in, lowercased as HTTP field names compare.
    static let headerName = "x-csrf-token"

    let pages: PageRenderer

    private struct Field: Decodable {
        var csrf: String?
    }

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        guard [.post, .put, .patch, .delete].contains(request.method) else { return try await next(request, context) }
        var request = request
        var sent = request.headers.first { $0.name.canonicalName == Self.headerName }?.value
        if sent == nil, request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
            // Read whole, so the route can still decode the same body.
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            sent = try? URLEncodedFormDecoder().decode(Field.self, from: String(buffer: body)).csrf
        }
        guard let expected = context.sessions.session?.formToken, let sent, Self.same(sent, expected) else {
            if request.wantsJSON { throw HTTPError(.forbidden, message: "missing or wrong CSRF token") }
            return try pages.consoleMessage(
                .forbidden, context: context, title: "Formulaire refusé",
                message: "Ce formulaire a expiré ou ne vient pas d'Ariane. Rien n'a été fait. Rechargez la page, puis recommencez.",
                link: ConsoleLink(href: "/console", label: "Revenir à la console")
            )
        }
        return try await next(request, context)
    }

    /// Compares without stopping at the first difference, so timing does not reveal the token.
    static func same(_ sent: String, _ expected: String) -> Bool {
        let a = Array(sent.utf8)
        let b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension AppContext {
    /// The form token of this console session, to put in the `csrf` field of every form.
    var formToken: String? { sessions.session?.formToken }
}
