import Hummingbird

/// Puts the client's address, as the trusted proxies forwarded it, in ``AppContext/clientAddress``
/// before any route or limit reads it.
struct ClientAddressMiddleware: RouterMiddleware {
    let proxies: [TrustedProxy]

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var context = context
        let forwardedFor = request.headers.filter { $0.name.canonicalName == "x-forwarded-for" }.map(\.value)
        context.clientAddress = ForwardedClient.address(peer: context.clientAddress, forwardedFor: forwardedFor, trusting: proxies)
        return try await next(request, context)
    }
}
