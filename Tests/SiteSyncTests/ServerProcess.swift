import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// An `ariane serve` the test starts, kills and restarts, its output kept in a log for failure messages.
final class ServerProcess: @unchecked Sendable {
    let arguments: [String]
    let port: Int
    let log: URL
    private var process: Process?

    /// Starts `ariane serve ARGUMENTS --port PORT` in `folder` and waits until `/health` answers.
    init(_ arguments: [String], port: Int, in folder: URL, name: String) async throws {
        self.arguments = ["serve", "--port", "\(port)"] + arguments
        self.port = port
        log = folder.appendingPathComponent("\(name).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        try await start(in: folder)
    }

    func start(in folder: URL) async throws {
        let process = Process()
        process.executableURL = Ariane.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = try FileHandle(forWritingTo: log)
        let startOfThisRun = output.seekToEndOfFile()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        self.process = process
        // Ready when the server says it listens on its port, or answers /health. Looked at once more after the
        // deadline: when hundreds of tests start together, this process's tasks may not run for a long while,
        // and a server that started meanwhile must not count as one that did not.
        let ready = { [port] in self.logged(since: startOfThisRun).contains("Server started and listening on 127.0.0.1:\(port)") }
        let deadline = Date().addingTimeInterval(90)
        while Date() < deadline {
            if ready() { return }
            if await Self.answers("http://127.0.0.1:\(port)/health") { return }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        if process.isRunning, ready() { return }
        throw ServerSetupError("ariane \(arguments.joined(separator: " ")) did not start:\n\(lastLines)")
    }

    /// SIGKILL: no chance to finish what it was doing.
    func kill() {
        guard let process, process.isRunning else { return }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func stop() {
        guard let process, process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// What the server wrote to its log after `offset` (where this run of it began).
    private func logged(since offset: UInt64) -> String {
        guard let file = try? FileHandle(forReadingFrom: log) else { return "" }
        defer { try? file.close() }
        guard (try? file.seek(toOffset: offset)) != nil, let data = try? file.readToEnd() else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    var lastLines: String { lastLines(20) }

    func lastLines(_ count: Int) -> String {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(count).joined(separator: "\n")
    }

    deinit { stop() }

    static func answers(_ address: String) async -> Bool {
        guard let url = URL(string: address) else { return false }
        var request = URLRequest(url: url, timeoutInterval: 2)
        request.httpMethod = "GET"
        guard let (_, response) = try? await URLSession.shared.data(for: request) else { return false }
        return (response as? HTTPURLResponse)?.statusCode == 200
    }
}

struct ServerSetupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
