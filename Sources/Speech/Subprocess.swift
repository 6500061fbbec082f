import Foundation

/// Runs a program to completion and keeps what it printed.
enum Subprocess {
    struct Result {
        var status: Int32
        var output: String
        var errorOutput: String
    }

    /// Input comes from the arguments, never a pipe: a program that exits early (an unknown voice)
    /// cannot then kill the caller with a broken pipe, and no shell ever sees the text.
    static func run(_ executable: URL, arguments: [String]) throws -> Result {
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
