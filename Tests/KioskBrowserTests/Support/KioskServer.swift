import Foundation
import ProcedureModel

/// `ariane serve`, built by `swift test`, started as a child process on a free port with the shipped
/// procedures and translations and a fresh data folder.
struct KioskServer {
    let process: ChildProcess
    /// `http://127.0.0.1:<port>`
    let root: String
    let data: URL

    /// `swift test` builds `ariane` beside the test bundle.
    static var ariane: String {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while !folder.path.isEmpty, folder.path != "/" {
            let candidate = folder.appendingPathComponent("ariane")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
            folder = folder.deletingLastPathComponent()
        }
        return ".build/debug/ariane"
    }

    /// Starts it and waits until `/health` answers; `idleSeconds` shortens the kiosk's idle timer.
    static func start(folder: URL, idleSeconds: Int? = nil, extraArguments: [String] = []) async throws -> KioskServer {
        let port = try freePort()
        let data = folder.appendingPathComponent("data")
        var arguments = [
            "serve", "--port", String(port), "--data", data.path,
            "--procedures", ShippedContent.procedures.path, "--locales", ShippedContent.locales.path,
        ]
        if let idleSeconds { arguments += ["--idle", String(idleSeconds)] }
        arguments += extraArguments
        let process = try ChildProcess(ariane, arguments, log: folder.appendingPathComponent("server.log"))
        let root = "http://127.0.0.1:\(port)"
        do {
            // Start-up reads and validates every procedure: slow on a busy machine.
            _ = try await eventually("the server to answer /health on port \(port)", timeout: .seconds(60)) { () async throws -> Bool? in
                guard process.isRunning else { throw TestSetupError("the server exited") }
                guard let url = URL(string: root + "/health") else { throw TestSetupError("bad address \(root)") }
                return try await LoopbackHTTP.send("GET", url, timeoutSeconds: 10).status == 200 ? true : nil
            }
        } catch {
            let log = process.output
            process.stop()
            throw TestSetupError("\(error)\nserver output:\n\(log)")
        }
        return KioskServer(process: process, root: root, data: data)
    }

    /// Every event the server committed, as `ariane export --format jsonl` reads them from its store.
    func events() async throws -> [GuideEvent] {
        let text = try await ChildProcess.output(of: Self.ariane, ["export", "--format", "jsonl", "--data", data.path])
        return try text.split(separator: "\n").map { try JSONDecoder().decode(GuideEvent.self, from: Data($0.utf8)) }
    }

    /// Adds a console account with `ariane user add`.
    func addAccount(_ name: String, role: String, password: String) async throws {
        _ = try await ChildProcess.output(
            of: Self.ariane, ["user", "add", name, "--role", role, "--password-stdin", "--data", data.path], input: password + "\n")
    }
}
