public import Foundation

/// Makes a person's recording sound like the kiosk's other prompts: silence trimmed at both ends, mono,
/// 22,050 Hz 16-bit as espeak-ng writes, and brought to about −16 LUFS, with sox.
///
/// sox has no loudness meter: the level aimed at is the RMS of the trimmed speech, −16 dBFS, which is
/// within a decibel or two of −16 LUFS for a voice (the K-weighting of a voice's band is near flat, and
/// trimming stands in for the meter's gate). The gain stops where the loudest peak reaches −1 dBFS: a
/// recording with sharp peaks comes out a little quieter rather than clipped. (sox's own limiter,
/// `gain -l`, was measured to lower a tone 1.2 dB below the aim with its peak still at −14 dBFS, and
/// reads a negative gain after `-l` as something else.)
public struct RecordingLoudness: Sendable {
    /// The sox program.
    public var sox: URL
    /// The level aimed at, in dBFS RMS of the speech.
    public var target: Double = -16
    /// The highest a peak may reach, in dBFS.
    public var ceiling: Double = -1

    public init(sox: URL = URL(fileURLWithPath: "/usr/bin/sox")) {
        self.sox = sox
    }

    /// Trims silence below 0.5 % at both ends (a click of the button, a breath before speaking).
    static let trim = ["silence", "1", "0.05", "0.5%", "reverse", "silence", "1", "0.05", "0.5%", "reverse"]

    /// Writes `input` normalised to `destination`, whole or not at all.
    public func normalise(_ input: URL, to destination: URL) async throws(SpeechError) {
        let level = try await levels(of: input)
        let gain = String(format: "%.2f", min(target - level.rms, ceiling - level.peak))
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
            + ["pad", "0.2", "0.2", "gain", gain, "rate", "22050"]
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
        try await levels(of: file).rms
    }

    /// The RMS and peak levels of the speech in `file`, its silence trimmed, in dBFS.
    func levels(of file: URL) async throws(SpeechError) -> (rms: Double, peak: Double) {
        let report = try await run([file.path, "-n", "remix", "-"] + Self.trim + ["stats"])
        func figure(_ label: String) -> Double? {
            report.split(separator: "\n").first { $0.hasPrefix(label) }?.split(separator: " ").last.flatMap { Double($0) }
        }
        guard let rms = figure("RMS lev dB"), let peak = figure("Pk lev dB"), rms.isFinite, peak.isFinite else {
            throw SpeechError(subject: file.lastPathComponent, message: "sox found no sound in it (only silence?)")
        }
        return (rms, peak)
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
