import HTTPTypes
import Hummingbird

/// Answers `405 Method Not Allowed`, naming the methods that work in `Allow`, to any other method on
/// the API's addresses: a client that sends PUT (or QUERY, or any method there is) where only GET
/// exists learns its mistake, not that the address does not exist (RFC 9110, 15.5.6). The methods
/// are those `docs/openapi.yaml` lists.
struct MethodNotAllowedMiddleware<Context: RequestContext>: RouterMiddleware {
    let methods: [String: [HTTPRequest.Method]]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let allowed = methods[request.uri.path], !allowed.contains(request.method),
            !(request.method == .head && allowed.contains(.get))
        else {
            return try await next(request, context)
        }
        var headers = HTTPFields()
        let allow = allowed.map(\.rawValue).joined(separator: ", ")
        headers[.allow] = allow
        throw HTTPError(.methodNotAllowed, headers: headers, message: "\(request.method.rawValue) is not a method of \(request.uri.path): use \(allow)")
    }
}

extension MethodNotAllowedMiddleware {
    /// The addresses and methods of `docs/openapi.yaml`.
    static var api: Self {
        Self(methods: [
            "/health": [.get],
            "/api/v1/procedures": [.get],
            "/api/v1/sessions": [.post],
            "/api/v1/session": [.get, .delete],
            "/api/v1/session/inputs": [.post],
            "/api/v1/session/sheet": [.get],
            "/api/v1/sync/events": [.post],
        ])
    }
}
