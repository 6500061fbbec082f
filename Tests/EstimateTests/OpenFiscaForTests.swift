import Foundation
import Testing

/// The OpenFisca-France web API and Python the tests compare with: `.ci/run` starts them and exports
/// `ARIANE_TEST_OPENFISCA` (the URL) and `ARIANE_TEST_OPENFISCA_PYTHON` (the venv's python).
///
/// Without them a test is skipped with a printed reason, except under CI (`CI` set), where it fails:
/// CI that silently skipped the comparison would say nothing.
enum OpenFiscaForTests {
    static var url: String? { ProcessInfo.processInfo.environment["ARIANE_TEST_OPENFISCA"].flatMap { $0.isEmpty ? nil : $0 } }

    static var python: String {
        ProcessInfo.processInfo.environment["ARIANE_TEST_OPENFISCA_PYTHON"] ?? "/opt/openfisca/bin/python"
    }

    /// The web API's URL, or `nil` after saying why the test cannot run.
    static func required(by test: String) -> String? {
        if let url { return url }
        let reason = "\(test): skipped, ARIANE_TEST_OPENFISCA is not set (.ci/run starts OpenFisca-France and sets it)"
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("\(reason); under CI this is a failure")
        } else {
            print(reason)
        }
        return nil
    }

    /// Runs a program to its end and returns what it printed; fails on a non-zero status, with its errors.
    static func run(_ executable: String, _ arguments: [String], input: Data? = nil) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(
            process.terminationStatus == 0,
            "\(executable) \(arguments.joined(separator: " ")) exited \(process.terminationStatus): \(String(decoding: complaint, as: UTF8.self))")
        return printed
    }

    /// The `ariane` built beside the test bundle.
    static var ariane: String {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("ariane").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return ".build/debug/ariane"
    }
}
