import Foundation

/// The `ariane` executable that `swift test` built beside the test bundle, run as a user would.
enum Ariane {
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("ariane")
    }

    /// Runs `ariane ARGUMENTS` to its end; returns its standard output, or throws with its error output.
    static func output(_ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let log = folder.appendingPathComponent("command-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let errors = try FileHandle(forWritingTo: log)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw ServerSetupError("ariane \(arguments.joined(separator: " ")) exited with \(process.terminationStatus): \(said)")
        }
        return String(decoding: printed, as: UTF8.self)
    }
}
