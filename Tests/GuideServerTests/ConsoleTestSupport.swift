import EventLog
import Foundation
import GuideServer
import Hummingbird
import HummingbirdTesting
import Logging
import ProcedureModel
import Testing

/// A server on the fixture procedures with four accounts, and a browser's view of the console.
struct ConsoleHarness {
    static let password = "correct horse battery"

    let kiosk: KioskHarness
    /// The server's settings, for a test to change before ``run(_:_:)``.
    var settings: ServerSettings

    /// Accounts `marie` and `paul` (workers), `ana` (analyst) and `root` (admin), all with ``password``.
    /// With `voices`, prompts have sound (espeak-ng), as on a kiosk that speaks.
    init(console: ConsoleSettings = ConsoleSettings(passwordCost: 4), voices: Bool = false) throws {
        kiosk = try KioskHarness(voices: voices)
        var settings = kiosk.settings
        settings.console = console
        self.settings = settings
        let accounts = try SQLiteAccountStore(dataDirectory: settings.dataDirectory)
        for (name, role) in [("marie", Role.worker), ("paul", .worker), ("ana", .analyst), ("root", .admin)] {
            try accounts.add(name: name, role: role, password: Self.password, cost: 4, at: 0)
        }
    }

    /// Runs `body` against the router, or with `.live` over a socket from 127.0.0.1 (or ::1).
    func run(
        _ setup: TestingSetup = .router, store: (any EventStore)? = nil, logger: Logger? = nil, clock: GuideClock = .system,
        _ body: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let app = try await buildApplication(settings, store: store ?? kiosk.store, logger: logger, clock: clock)
        try await app.test(setup, body)
    }

    func events() async throws -> [GuideEvent] {
        try await kiosk.events()
    }

    var accounts: SQLiteAccountStore {
        get throws { try SQLiteAccountStore(dataDirectory: settings.dataDirectory) }
    }
}

/// A signed-in browser: its cookie and the form token of its session.
struct Desk {
    var cookie: String
    var csrf: String

    /// Posts a console form with the session's token.
    func post(_ client: any TestClientProtocol, _ uri: String, _ fields: [String: String] = [:]) async throws -> TestResponse {
        try await client.post(uri, fields.merging(["csrf": csrf]) { given, _ in given }, cookie: cookie)
    }

    func get(_ client: any TestClientProtocol, _ uri: String) async throws -> TestResponse {
        try await client.get(uri, cookie: cookie)
    }

    /// Sends the login form of this browser, not signed in yet.
    func logIn(_ client: any TestClientProtocol, name: String, password: String) async throws -> TestResponse {
        try await post(client, "/console/login", ["name": name, "password": password])
    }
}

extension TestClientProtocol {
    /// Opens the login page, signs in, and returns the signed-in browser.
    func signIn(_ name: String, password: String = ConsoleHarness.password) async throws -> Desk {
        let login = try await loginForm()
        let response = try await login.logIn(self, name: name, password: password)
        #expect(response.status == .seeOther)
        let cookie = try #require(response.cookie)
        // Every console page, even the 403 an analyst gets, has the logout form and its token.
        let home = try await get("/console", cookie: cookie)
        return Desk(cookie: cookie, csrf: try #require(formToken(in: home.text)))
    }

    /// The login page as a first visit sees it: its cookie and its form token.
    func loginForm() async throws -> Desk {
        let page = try await get("/console/login")
        return Desk(cookie: try #require(page.cookie), csrf: try #require(formToken(in: page.text)))
    }
}

/// The `csrf` field of the first form on a page.
func formToken(in html: String) -> String? {
    html.firstMatch(of: /name="csrf" value="([0-9a-f]{64})"/).map { String($0.1) }
}
