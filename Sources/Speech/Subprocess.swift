import Dispatch
import Foundation

/// Runs a program to completion and keeps what it printed.
///
/// Foundation's `Process` rather than swiftlang/swift-subprocess 1.0.2: that package runs programs
/// only asynchronously, and the espeak-ng version probe runs in ``AudioLibrary``'s initialiser, which
/// the server calls synchronously while it assembles its services. (Its cost is not the obstacle: a
/// first debug build of it took 52 s on this machine's two shared cores.) Revisit when the server's
/// start-up is asynchronous: then the probe can await too, and this file can go.
enum Subprocess {
    struct Result {
        var status: Int32
        var output: String
        var errorOutput: String
    }

    /// The same run, on a Dispatch thread: the caller's task suspends instead of holding one of Swift
    /// concurrency's few threads while espeak-ng speaks (a tenth of a second per prompt), as bcrypt does
    /// in GuideServer's `PasswordHash`.
    static func run(_ executable: URL, arguments: [String]) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Swift.Result { try run(blocking: executable, arguments: arguments) })
            }
        }
    }

    /// Blocks the calling thread until the program ends: only for the one-off version probe, and
    /// for the Dispatch thread above.
    ///
    /// Input comes from the arguments, never a pipe: a program that exits early (an unknown voice)
    /// cannot then kill the caller with a broken pipe, and no shell ever sees the text.
    static func run(blocking executable: URL, arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = standardOutput
        process.standardError = standardError
        try process.run()
        // Read before waiting, so a full pipe cannot block the child; stderr is small (a line or two).
        let output = standardOutput.fileHandleForReading.readDataToEndOfFile()
        let errorOutput = standardError.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: output, as: UTF8.self),
            errorOutput: String(decoding: errorOutput, as: UTF8.self))
    }
}
