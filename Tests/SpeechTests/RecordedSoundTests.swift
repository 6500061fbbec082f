import Foundation
import Speech
import Testing

/// What the console accepts as a recorded prompt, and how an approved one is brought to the kiosk's level.
@Suite struct RecordedSoundTests {
    /// A tone written by sox in `format` (e.g. `-b 16`, `-e floating-point -b 32`), standing in for a voice.
    func tone(seconds: Double, volume: Double = 0.05, _ format: [String] = ["-b", "16"], rate: Int = 48000, channels: Int = 1) throws -> URL {
        let file = try temporaryFolder().appendingPathComponent("tone.wav")
        let sox = Process()
        sox.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sox.arguments =
            ["sox", "-n", "-r", String(rate), "-c", String(channels)] + format
            + [file.path, "synth", String(seconds), "sine", "220", "vol", String(volume)]
        try sox.run()
        sox.waitUntilExit()
        return file
    }

    @Test func aShortPCMRecordingIsMeasured() throws {
        let sound = try RecordedSound(Data(contentsOf: try tone(seconds: 2.5)))
        #expect([sound.sampleRate, sound.channels, sound.bitsPerSample, sound.milliseconds] as [Int] == [48000, 1, 16, 2500])
        let float = try RecordedSound(Data(contentsOf: try tone(seconds: 1, ["-e", "floating-point", "-b", "32"], rate: 44100, channels: 2)))
        #expect(float.milliseconds == 1000)
        #expect(float.channels == 2)
    }

    @Test func whatIsNotAShortPromptIsRefusedSayingWhy() throws {
        #expect(throws: SpeechError(subject: "the recording", message: "is not a WAV file")) { try RecordedSound(Data("OggS\0\0\0\0\0\0\0\0".utf8)) }
        #expect(throws: SpeechError(subject: "the recording", message: "lasts 100 ms: nothing was said")) {
            try RecordedSound(Data(contentsOf: try tone(seconds: 0.1)))
        }
        #expect(throws: SpeechError(subject: "the recording", message: "lasts 61 s, more than the 60 s a prompt may take")) {
            try RecordedSound(Data(contentsOf: try tone(seconds: 61, rate: 8000)))
        }
        #expect(throws: SpeechError(subject: "the recording", message: "is 6048 kB, more than the 6000 kB a prompt of a minute takes")) {
            try RecordedSound(Data(count: 6_048_000))
        }
    }

    @Test(arguments: [0.01, 0.05, 0.9])
    func anApprovedRecordingIsBroughtToAboutMinus16(volume: Double) async throws {
        let quiet = try tone(seconds: 2, volume: volume)
        let folder = try temporaryFolder()
        let kiosk = folder.appendingPathComponent("wo/essai/foyer.wav")
        try await RecordingLoudness().normalise(quiet, to: kiosk)
        let level = try await RecordingLoudness().speechLevel(of: kiosk)
        #expect(abs(level - -16) < 1, "level \(level) dBFS")
        let measure = try SoundMeasure(kiosk)
        // Trimmed of nothing (a tone has no silence), padded with a fifth of a second each side.
        #expect(abs(measure.seconds - 2.4) < 0.05)
        #expect(files(in: folder) == ["wo/essai/foyer.wav"])
    }

    /// A click far above the voice: the gain stops where the click reaches −1 dBFS.
    @Test func aSharpPeakIsNotClipped() async throws {
        let folder = try temporaryFolder()
        let voice = folder.appendingPathComponent("voice.wav")
        let click = folder.appendingPathComponent("click.wav")
        let both = folder.appendingPathComponent("both.wav")
        for arguments in [
            ["-n", "-r", "48000", "-c", "1", "-b", "16", voice.path, "synth", "2", "sine", "220", "vol", "0.01"],
            ["-n", "-r", "48000", "-c", "1", "-b", "16", click.path, "synth", "0.01", "sine", "1000", "vol", "0.5"],
            [voice.path, click.path, both.path],
        ] {
            let sox = Process()
            sox.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            sox.arguments = ["sox"] + arguments
            try sox.run()
            sox.waitUntilExit()
        }
        let kiosk = folder.appendingPathComponent("kiosk.wav")
        try await RecordingLoudness().normalise(both, to: kiosk)
        let measure = try SoundMeasure(kiosk)
        #expect(measure.maximumAmplitude < 0.95)
        #expect(measure.maximumAmplitude > 0.8)
    }

    @Test func silenceIsNotARecording() async throws {
        let silence = try tone(seconds: 1, volume: 0)
        await #expect(throws: SpeechError.self) {
            try await RecordingLoudness().normalise(silence, to: try temporaryFolder().appendingPathComponent("x.wav"))
        }
    }
}
