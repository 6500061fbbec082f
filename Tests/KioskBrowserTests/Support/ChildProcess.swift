import Foundation

/// A program a test starts and always stops, its output kept in a log file for failure messages.
final class ChildProcess {
    let name: String
    let log: URL
    private let process = Process()

    init(_ executable: String, _ arguments: [String], log: URL) throws {
        name = URL(fileURLWithPath: executable).lastPathComponent
        self.log = log
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw TestSetupError("\(executable) is not installed (see .ci/run)")
        }
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var isRunning: Bool { process.isRunning }

    /// The last lines it printed.
    var output: String {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(30).joined(separator: "\n")
    }

    /// Asks it to stop, and kills it if it has not after five seconds.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    deinit { stop() }
}

/// Something the test environment lacks or that would not start: says what, and how to fix it.
struct TestSetupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension ChildProcess {
    /// Runs a command to its end on a thread of its own and returns what it printed; throws with its
    /// error output if it fails.
    static func output(of executable: String, _ arguments: [String], input: String? = nil) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    with: Result {
                        let process = Process()
                        process.executableURL = URL(fileURLWithPath: executable)
                        process.arguments = arguments
                        let (output, errors, standardInput) = (Pipe(), Pipe(), Pipe())
                        process.standardOutput = output
                        process.standardError = errors
                        process.standardInput = standardInput
                        try process.run()
                        standardInput.fileHandleForWriting.write(Data((input ?? "").utf8))
                        try standardInput.fileHandleForWriting.close()
                        // Read before waiting, so a full pipe cannot block the child.
                        let printed = output.fileHandleForReading.readDataToEndOfFile()
                        let complaints = errors.fileHandleForReading.readDataToEndOfFile()
                        process.waitUntilExit()
                        guard process.terminationStatus == 0 else {
                            throw TestSetupError("\(executable) \(arguments.joined(separator: " ")) failed: \(String(decoding: complaints, as: UTF8.self))")
                        }
                        return String(decoding: printed, as: UTF8.self)
                    })
            }
        }
    }
}
