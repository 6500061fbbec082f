public import Foundation

/// Makes a person's recording sound like the kiosk's other prompts: silence trimmed at both ends, mono,
/// 22,050 Hz 16-bit as espeak-ng writes, and brought to about −16 LUFS, with sox.
///
/// sox has no loudness meter: the level aimed at is the RMS of the trimmed speech, −16 dBFS, which is
/// within a decibel or two of −16 LUFS for a voice (the K-weighting of a voice's band is near flat, and
/// trimming stands in for the meter's gate). sox's limiter keeps the peaks the gain would raise below
/// full scale.
public struct RecordingLoudness: Sendable {
    /// The sox program.
    public var sox: URL
    /// The level aimed at, in dBFS RMS of the speech.
    public var target: Double = -16

    public init(sox: URL = URL(fileURLWithPath: "/usr/bin/sox")) {
        self.sox = sox
    }

    /// Trims silence below 0.5 % at both ends (a click of the button, a breath before speaking).
    static let trim = ["silence", "1", "0.05", "0.5%", "reverse", "silence", "1", "0.05", "0.5%", "reverse"]

    /// Writes `input` normalised to `destination`, whole or not at all.
    public func normalise(_ input: URL, to destination: URL) async throws(SpeechError) {
        let level = try await speechLevel(of: input)
        let gain = String(format: "%.2f", target - level)
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial.wav")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw SpeechError(subject: folder.path, message: "cannot make the recordings folder: \(error.localizedDescription)")
        }
        let arguments =
            [input.path, "-c", "1", "-b", "16", temporary.path] + Self.trim
            // A fifth of a second of silence around the voice, as a speaker leaves.
            + ["pad", "0.2", "0.2", "gain", "-l", gain, "rate", "22050"]
        _ = try await run(arguments)
        do {
            if FileManager.default.fileExists(atPath: destination.path) {
                _ = try FileManager.default.replaceItemAt(destination, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: destination)
            }
        } catch {
            throw SpeechError(subject: destination.path, message: "cannot store the recording: \(error.localizedDescription)")
        }
    }

    /// The RMS level of the speech in `file`, its silence trimmed, in dBFS (sox's `stats`).
    public func speechLevel(of file: URL) async throws(SpeechError) -> Double {
        let report = try await run([file.path, "-n", "remix", "-"] + Self.trim + ["stats"])
        let line = report.split(separator: "\n").first { $0.hasPrefix("RMS lev dB") }
        guard let level = line?.split(separator: " ").last.flatMap({ Double($0) }) else {
            throw SpeechError(subject: file.lastPathComponent, message: "sox found no sound in it (only silence?)")
        }
        return level
    }

    /// Runs sox; what it printed on standard error (its `stats` report), or why it failed.
    private func run(_ arguments: [String]) async throws(SpeechError) -> String {
        let result: Subprocess.Result
        do {
            result = try await Subprocess.run(sox, arguments: arguments)
        } catch {
            throw SpeechError(subject: sox.path, message: "cannot run: \(error.localizedDescription); sudo apt-get install sox")
        }
        guard result.status == 0 else {
            throw SpeechError(subject: "sox", message: result.errorOutput.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return result.errorOutput
    }
}
