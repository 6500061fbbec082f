import Foundation
import HummingbirdTesting
import Testing

@testable import GuideServer

/// Every page, error pages and static files included, is kept to what Ariane serves, is never framed,
/// never sniffed, and never sends its address on; connections that send nothing are closed.
@Suite struct SecurityHeadersTests {
    static let strictPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    func expectSecured(_ response: TestResponse, policy: String = strictPolicy, _ what: String) {
        #expect(response.headers[.contentSecurityPolicy] == policy, "\(what)")
        #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(what)")
        #expect(response.headers.filter { $0.name.canonicalName == "referrer-policy" }.map(\.value) == ["no-referrer"], "\(what)")
        #expect(response.headers.filter { $0.name.canonicalName == "x-frame-options" }.map(\.value) == ["DENY"], "\(what)")
    }

    @Test func everyKindOfPageCarriesTheHeaders() async throws {
        try await ConsoleHarness().run { client in
            let start = try await client.post("/kiosk/fr/start", ["procedure": "essai"])
            expectSecured(start, "a redirect")
            let cookie = try #require(start.cookie)
            expectSecured(try await client.get("/kiosk", cookie: cookie), "the language picker")
            expectSecured(try await client.get("/kiosk/step", cookie: cookie), "a step")
            expectSecured(try await client.get("/static/kiosk.css"), "a stylesheet")
            expectSecured(try await client.get("/kiosk/nowhere"), "an unknown kiosk address")
            expectSecured(try await client.execute(uri: "/api/v1/procedures", method: .get), "the API")
            expectSecured(try await client.execute(uri: "/api/v1/session", method: .get), "an API refusal")
            expectSecured(try await client.get("/console"), "the console's sign-in")
            let analyst = try await client.signIn("ana")
            expectSecured(try await analyst.get(client, "/dashboard"), "the dashboard")
            // The old report page now leads to the dashboard's one page.
            expectSecured(try await analyst.get(client, "/dashboard/report?procedure=essai"), "the old report page's redirect")
        }
    }

    @Test func aConnectionThatSendsNoCompleteRequestIsClosed() async throws {
        var harness = try ConsoleHarness()
        harness.settings.headerTimeoutSeconds = 1
        try await harness.run(.live) { client in
            let port = try #require(client.port)
            // Half a request head, then nothing: the server closes the connection after its timeout.
            let probe = """
                import socket, time
                s = socket.create_connection(("127.0.0.1", \(port)))
                s.sendall(b"GET /kiosk HTTP/1.1\\r\\nHost: x\\r\\n")
                s.settimeout(5)
                start = time.monotonic()
                print("closed" if s.recv(1024) == b"" else "answered", round(time.monotonic() - start))
                """
            let python = Process()
            python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            python.arguments = ["python3", "-c", probe]
            let output = Pipe()
            python.standardOutput = output
            try python.run()
            python.waitUntilExit()
            let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(said == "closed 1\n")
        }
    }
}
