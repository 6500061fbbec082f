import Hummingbird

/// What every console page needs around its own content: who is signed in and the form token.
struct ConsoleFrame {
    struct SignedIn {
        let name: String
        let role: String
        let console: Bool
        let dashboard: Bool
    }

    var pageTitle: String
    var account: SignedIn?
    /// The form token for the `csrf` field of every form (see ``RequireFormToken``).
    var csrf: String?
    /// A message for this page, e.g. why a form was refused.
    var notice: String?
    /// The page's own view model; templates open it with `{{#page}}`.
    var page: Any

    init(title: String, context: AppContext, notice: String? = nil, page: Any) {
        pageTitle = title
        account = context.identity.map { account in
            SignedIn(name: account.name, role: account.role.label, console: account.role.allows(.worker), dashboard: account.role.allows(.analyst))
        }
        csrf = context.formToken
        self.notice = notice
        self.page = page
    }
}

/// A link a console message offers to go on from there.
struct ConsoleLink {
    let href: String
    let label: String
}

extension PageRenderer {
    /// A console page: `template` (a `console-*.mustache` built on `console-layout`) in a ``ConsoleFrame``.
    func consolePage(
        _ template: String, context: AppContext, title: String, notice: String? = nil, page: Any,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        try render(template, ConsoleFrame(title: title, context: context, notice: notice, page: page), status: status)
    }

    /// A page that only says something: a refusal, a limit reached, a session gone.
    func consoleMessage(
        _ status: HTTPResponse.Status, context: AppContext, title: String, message: String, link: ConsoleLink
    ) throws -> Response {
        struct Message {
            let title: String
            let message: String
            let link: ConsoleLink
        }
        return try consolePage(
            "console-message", context: context, title: title,
            page: Message(title: title, message: message, link: link), status: status)
    }

    /// 429 with `Retry-After`: too many failed attempts.
    func tooManyAttempts(context: AppContext, waitSeconds: Int, what: String, link: ConsoleLink) throws -> Response {
        let minutes = (waitSeconds + 59) / 60
        let wait = waitSeconds < 60 ? "\(waitSeconds) seconde\(waitSeconds > 1 ? "s" : "")" : "\(minutes) minute\(minutes > 1 ? "s" : "")"
        var response = try consoleMessage(
            .tooManyRequests, context: context, title: "Trop d'essais",
            message: "Trop d'essais manqués \(what). Pour votre sécurité, attendez \(wait) avant de réessayer.",
            link: link)
        response.headers[.retryAfter] = String(waitSeconds)
        return response
    }
}
