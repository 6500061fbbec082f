import Hummingbird
import HummingbirdAuth

/// Puts the signed-in account, if any, into `context.identity`, and keeps an active session alive.
///
/// The account is read from the database on every request, so removing it (or changing its role)
/// takes effect at once. A session ends after ``ConsoleSettings/idleSeconds`` without a request.
struct SignedInMiddleware: RouterMiddleware {
    let accounts: any AccountStore
    let idle: Duration

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var context = context
        if let id = context.sessions.session?.accountID, let account = try await accounts.account(id: id) {
            context.identity = account
            // Renewed at most once a minute, so every page does not set the cookie again.
            context.sessions.withLockedSession { data in
                if let left = data?.expiresIn, left < idle - .seconds(60) { data?.expiresIn = idle }
            }
        }
        return try await next(request, context)
    }
}
