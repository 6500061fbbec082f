import Foundation

/// What `sox FILE -n stat` measures of a sound file.
struct SoundMeasure {
    var seconds: Double
    var rmsAmplitude: Double
    var maximumAmplitude: Double

    /// Runs sox's `stat` effect, which prints its figures on standard error.
    init(_ file: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sox", file.path, "-n", "stat"]
        let report = Pipe()
        process.standardError = report
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: report.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        func figure(_ label: String) -> Double? {
            text.split(separator: "\n").first { $0.hasPrefix(label) }
                .flatMap { $0.split(separator: ":").last }
                .flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        }
        guard process.terminationStatus == 0, let seconds = figure("Length (seconds)"), let rms = figure("RMS     amplitude")
        else { throw SoxFailed(report: text) }
        self.seconds = seconds
        self.rmsAmplitude = rms
        self.maximumAmplitude = figure("Maximum amplitude") ?? 0
    }

    struct SoxFailed: Error { var report: String }
}

/// A fresh folder under the system's temporary folder.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-speech-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// The files in a folder and below it, as paths relative to it, sorted.
func files(in folder: URL) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    return walker.compactMap { $0 as? String }
        .filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
                && !isFolder.boolValue
        }
        .sorted()
}
