public import Foundation

extension Espeak {
    /// Speaks an SSML document into a WAV file with the given voice; the file appears whole or not at all.
    ///
    /// espeak-ng writes to a temporary file beside the destination, which is renamed into place only once
    /// it holds sound: a killed render leaves no half file under the real name.
    public func render(_ document: String, voice: VoiceSettings, to destination: URL) async throws(SpeechError) {
        guard let executable else { throw SpeechError(subject: "espeak-ng", message: EspeakStatus.notInstalled) }
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let arguments =
            ["-m", "-v", voice.voice, "-s", String(voice.rate), "-p", String(voice.pitch)]
            + (voice.wordGap == 0 ? [] : ["-g", String(voice.wordGap)]) + ["-w", temporary.path, document]
        let result: Subprocess.Result
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            result = try await Subprocess.run(executable, arguments: arguments)
        } catch {
            throw SpeechError(subject: executable.path, message: "cannot run: \(error.localizedDescription)")
        }
        let said = result.errorOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        if result.status != 0 {
            throw SpeechError(subject: "espeak-ng", message: "voice \(voice.voice.debugDescription): \(said.isEmpty ? "exit status \(result.status)" : said)")
        }
        // espeak-ng exits 0 when it cannot write the file, so look at what it wrote.
        let size = (try? FileManager.default.attributesOfItem(atPath: temporary.path)[.size] as? Int) ?? 0
        guard size > Self.wavHeaderSize else {
            throw SpeechError(subject: "espeak-ng", message: "wrote no sound to \(folder.path)")
        }
        do {
            try FileManager.default.moveItem(at: temporary, to: destination)
        } catch {
            // Another render of the same prompt got there first: same name, same sound.
            if FileManager.default.fileExists(atPath: destination.path) { return }
            throw SpeechError(subject: destination.path, message: "cannot store the rendered audio: \(error.localizedDescription)")
        }
    }

    /// A WAV file with no samples is just its header.
    static let wavHeaderSize = 44
}
