import Foundation
import GuideServer
import HummingbirdTesting
import Testing

/// `ariane user` through the built executable, then signing in to a server on the same data directory.
@Suite struct ConsoleUserCommandTests {
    /// `swift test` builds `ariane` beside the test bundle.
    static var ariane: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("ariane")
    }

    /// Runs `ariane` with `input` on standard input; returns its exit status, standard output and error.
    static func ariane(_ arguments: [String], input: String = "") throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = ariane
        process.arguments = arguments
        let (output, error, standardInput) = (Pipe(), Pipe(), Pipe())
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        standardInput.fileHandleForWriting.write(Data(input.utf8))
        try standardInput.fileHandleForWriting.close()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, out, err)
    }

    /// ``ariane(_:input:)`` on a thread of its own. A test serving HTTP from this process must not hold one of
    /// the task pool's two threads while the command runs: under load its server then missed requests until the
    /// client's read timeout (DashboardExportTests failed so in two full runs with helpers building).
    static func arianeOffThePool(_ arguments: [String], input: String = "") async throws -> (status: Int32, out: String, err: String) {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try ariane(arguments, input: input) }) }.start()
        }
    }

    @Test func addListRemoveAndSignIn() async throws {
        let harness = try KioskHarness()
        let data = harness.settings.dataDirectory
        let added = try Self.ariane(["user", "add", "claire", "--role", "worker", "--data", data, "--password-stdin"], input: "une phrase assez longue\n")
        #expect(added.status == 0)
        #expect(added.out == "added worker 'claire'\n")
        #expect(
            try Self.ariane(["user", "add", "root", "--role", "admin", "--data", data, "--password-stdin"], input: "une autre phrase longue\n").status == 0)
        #expect(try Self.ariane(["user", "list", "--data", data]).out == "claire  worker\nroot    admin\n")
        var settings = harness.settings
        settings.console = ConsoleSettings(passwordCost: 4)
        let app = try await buildApplication(settings, store: harness.store)
        try await app.test(.router) { client async throws in
            let desk = try await client.signIn("claire", password: "une phrase assez longue")
            #expect(try await desk.get(client, "/console").text.contains(#"<p class="who">claire <span>(Travailleur social ou médiateur)</span></p>"#))
        }
        let removed = try Self.ariane(["user", "remove", "claire", "--data", data])
        #expect(removed.out == "removed 'claire'\n")
        #expect(try Self.ariane(["user", "list", "--data", data]).out == "root  admin\n")
    }

    @Test func weakPasswordsDuplicatesAndUnknownNamesAreRefused() throws {
        let data = try KioskHarness().settings.dataDirectory
        let weak = try Self.ariane(["user", "add", "claire", "--role", "worker", "--data", data, "--password-stdin"], input: "court\n")
        #expect(weak.status == 1)
        #expect(weak.err == "error: the password is too short: use at least 12 characters\n")
        _ = try Self.ariane(["user", "add", "claire", "--role", "worker", "--data", data, "--password-stdin"], input: "une phrase assez longue\n")
        let duplicate = try Self.ariane(["user", "add", "Claire", "--role", "analyst", "--data", data, "--password-stdin"], input: "une phrase assez longue\n")
        #expect(duplicate.status == 1)
        #expect(duplicate.err == "error: an account named 'Claire' already exists\n")
        let badName = try Self.ariane(
            ["user", "add", "claire dupont", "--role", "worker", "--data", data, "--password-stdin"], input: "une phrase assez longue\n")
        #expect(badName.err == "error: 'claire dupont' is not a valid account name: use 1 to 64 letters, digits, '.', '-' or '_'\n")
        let badRole = try Self.ariane(["user", "add", "marc", "--role", "boss", "--data", data, "--password-stdin"], input: "une phrase assez longue\n")
        #expect(badRole.status == 64)
        #expect(badRole.err.hasPrefix("Error: 'boss' is not a role: use worker, analyst, admin\n"))
        let unknown = try Self.ariane(["user", "remove", "marc", "--data", data])
        #expect(unknown.status == 1)
        #expect(unknown.err == "error: no account named 'marc'\n")
        #expect(try Self.ariane(["user", "list", "--data", data]).out == "claire  worker\n")
    }

    @Test func withoutATerminalThePasswordMustComeFromStandardInput() throws {
        let data = try KioskHarness().settings.dataDirectory
        let refused = try Self.ariane(["user", "add", "claire", "--role", "worker", "--data", data])
        #expect(refused.status == 1)
        #expect(refused.err == "error: standard input is not a terminal: pass --password-stdin to read the password from it\n")
    }
}
