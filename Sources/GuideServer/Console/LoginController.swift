import Foundation
import Hummingbird
import HummingbirdAuth

/// Signing in and out of the console (and the dashboard: one account, one login page).
///
/// A failed attempt says the same thing whether the name exists or not, takes as long, and counts
/// against the name and the client's address; past the limit the answer is 429.
struct LoginController {
    let services: GuideServices

    static let failure = "Nom ou mot de passe incorrect."

    /// Routes on a group that already loads the session, the account and checks form tokens.
    func addRoutes(to group: RouterGroup<AppContext>) {
        group.get("login", use: showLogin)
        group.post("login", use: login)
        group.post("logout", use: logout)
    }

    @Sendable func showLogin(_ request: Request, context: AppContext) async throws -> Response {
        if let account = context.identity { return Response.redirect(to: account.role.home, type: .normal) }
        if context.sessions.session == nil || context.sessions.session?.accountID != nil {
            // A token for the login form itself, before anyone has signed in.
            context.sessions.createSession(ConsoleSignIn(accountID: nil), expiresIn: .seconds(30 * 60))
        }
        return try loginPage(context: context, name: "")
    }

    struct LoginForm: Decodable {
        var name: String?
        var password: String?
    }

    @Sendable func login(_ request: Request, context: AppContext) async throws -> Response {
        let form = try await request.decode(as: LoginForm.self, context: context)
        let name = form.name?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !name.isEmpty, let password = form.password, !password.isEmpty else {
            return try loginPage(context: context, name: name, notice: "Écrivez le nom du compte et le mot de passe.", status: .badRequest)
        }
        let console = services.console
        let now = services.clock.now()
        let addressKey = ConsoleServices.addressKey(context)
        let nameKey = name.lowercased() + " at " + addressKey
        if let wait = await console.logins.wait(person: nameKey, address: addressKey, at: now) {
            return try services.pages.tooManyAttempts(
                context: context, waitSeconds: wait, what: "de connexion",
                link: ConsoleLink(href: "/console/login", label: "Revenir à la connexion"))
        }
        let decoy = await console.decoyHash()
        let found = try await console.accounts.credentials(name: name)
        let matches = await PasswordHash.verify(password, against: found?.hash ?? decoy)
        guard let account = found?.account, matches else {
            await console.logins.recordFailure(person: nameKey, address: addressKey, at: now)
            return try loginPage(context: context, name: name, notice: Self.failure, status: .unauthorized)
        }
        // A new session under a new cookie value: a token seen before signing in is worth nothing after.
        context.sessions.createSession(ConsoleSignIn(accountID: account.id), expiresIn: .seconds(console.settings.idleSeconds))
        return Response.redirect(to: account.role.home, type: .normal)
    }

    @Sendable func logout(_ request: Request, context: AppContext) async throws -> Response {
        context.sessions.clearSession()
        return Response.redirect(to: "/console/login", type: .normal)
    }

    private func loginPage(
        context: AppContext, name: String, notice: String? = nil, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        try services.pages.consolePage(
            "console-login", context: context, title: "Connexion", notice: notice, page: ["name": name], status: status)
    }
}
