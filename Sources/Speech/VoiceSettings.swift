/// How one locale is spoken: which espeak-ng voice, how fast, how high.
public struct VoiceSettings: Sendable, Hashable, Decodable {
    /// An espeak-ng voice name, as `espeak-ng --voices` lists them: `fr`, `en`, `ar`.
    public var voice: String
    /// Speed in espeak-ng's words per minute (`-s`); its own default is 175.
    public var rate: Int
    /// Pitch from 0 to 99 (`-p`); espeak-ng's default is 50.
    public var pitch: Int

    /// The speeds espeak-ng accepts.
    public static let rates = 80...450
    /// The pitches espeak-ng accepts.
    public static let pitches = 0...99

    public init(voice: String, rate: Int, pitch: Int = 50) {
        self.voice = voice
        self.rate = rate
        self.pitch = pitch
    }

    /// What is wrong with these settings, or `nil`: checked when the configuration is read,
    /// so a typing mistake is found before anything is rendered.
    public var problem: String? {
        if voice.isEmpty || voice.contains(where: { $0.isWhitespace || $0 == "/" }) {
            return "voice \(voice.debugDescription) is not an espeak-ng voice name"
        }
        if !Self.rates.contains(rate) {
            return "rate \(rate) is outside \(Self.rates.lowerBound)…\(Self.rates.upperBound) words per minute"
        }
        if !Self.pitches.contains(pitch) {
            return "pitch \(pitch) is outside \(Self.pitches.lowerBound)…\(Self.pitches.upperBound)"
        }
        return nil
    }
}
