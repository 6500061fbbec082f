import GuideEngine
import Hummingbird
import HummingbirdAuth

/// Taking over a kiosk session with the code the resident reads aloud.
///
/// The session leaves the kiosk (its cookie stops working, its screen says a mediator took over)
/// and continues at the worker's desk, logged as `resumed`. Wrong codes are limited per account and
/// per address, since nine digits are only safe from guessing if guesses are few.
struct TakeOverController {
    let services: GuideServices

    func addRoutes(to group: RouterGroup<AppContext>) {
        group.post("takeover", use: takeOver)
    }

    struct CodeForm: Decodable {
        var code: String?
    }

    @Sendable func takeOver(_ request: Request, context: AppContext) async throws -> Response {
        let account = try context.requireIdentity()
        let form = try await request.decode(as: CodeForm.self, context: context)
        let typed = form.code ?? ""
        let home = ConsoleController(services: services)
        guard typed.filter(\.isNumber).count == 9 else {
            return try await home.homePage(
                context: context, account: account, notice: "Le code a 9 chiffres, par exemple 482 917 305.", code: typed,
                status: .badRequest)
        }
        let console = services.console
        let now = services.clock.now()
        let accountKey = "account:\(account.id)"
        let addressKey = ConsoleServices.addressKey(context)
        if let wait = await console.handOffs.wait(person: accountKey, address: addressKey, at: now) {
            return try services.pages.tooManyAttempts(
                context: context, waitSeconds: wait, what: "de code de borne",
                link: ConsoleLink(href: "/console", label: "Revenir à la console"))
        }
        guard let token = try await services.runner.takeOver(code: typed, byWorker: account.id, time: now) else {
            await console.handOffs.recordFailure(person: accountKey, address: addressKey, at: now)
            return try await home.homePage(
                context: context, account: account,
                notice: "Aucune session de borne n'a ce code, ou il a expiré (il marche 2 heures). Vérifiez les chiffres avec la personne.",
                code: typed, status: .notFound)
        }
        return Response.redirect(to: "/console/sessions/\(token)", type: .normal)
    }
}
