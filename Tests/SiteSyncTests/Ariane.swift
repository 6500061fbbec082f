import Foundation

/// The `ariane` executable that `swift test` built beside the test bundle, run as a user would.
enum Ariane {
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("ariane")
    }

    /// Runs `ariane ARGUMENTS` to its end: its exit status, standard output and standard error.
    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        // Errors go to a file, so that neither pipe can fill up while the other is read.
        let log = folder.appendingPathComponent("command-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errors = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(decoding: printed, as: UTF8.self), errors)
    }

    /// Runs `ariane ARGUMENTS`; returns its standard output, or throws with its error output.
    static func output(_ arguments: [String], in folder: URL) throws -> String {
        let result = try run(arguments, in: folder)
        guard result.status == 0 else {
            throw ServerSetupError("ariane \(arguments.joined(separator: " ")) exited with \(result.status): \(result.errors)")
        }
        return result.output
    }
}
