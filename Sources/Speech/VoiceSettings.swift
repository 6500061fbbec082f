/// How one locale is spoken: which espeak-ng voice, how fast, how high.
public struct VoiceSettings: Sendable, Hashable, Decodable {
    /// An espeak-ng voice name, as `espeak-ng --voices` lists them: `fr`, `en`, `ar`.
    public var voice: String
    /// Speed in espeak-ng's words per minute (`-s`); its own default is 175.
    public var rate: Int
    /// Pitch from 0 to 99 (`-p`); espeak-ng's default is 50.
    public var pitch: Int
    /// Silence between words, in tens of milliseconds (`-g`); 0, espeak-ng's default, adds none.
    /// Slows speech down without stretching the sounds, as a lower rate does (docs/speech.md).
    public var wordGap: Int
    /// Voices that speak instead when this machine has them, the first one installed winning: MBROLA
    /// voices (`mb-fr4`), far better understood but in Debian's non-free section, so not everywhere.
    /// Resolved once at start-up (``SpeechConfiguration/resolved(speaks:)``); empty in what is resolved.
    public var preferred: [VoiceSettings]

    /// The speeds espeak-ng accepts.
    public static let rates = 80...450
    /// The pitches espeak-ng accepts.
    public static let pitches = 0...99
    /// Word gaps allowed: up to half a second, past which words no longer sound like one sentence.
    public static let wordGaps = 0...50

    public init(voice: String, rate: Int, pitch: Int = 50, wordGap: Int = 0, preferred: [VoiceSettings] = []) {
        self.voice = voice
        self.rate = rate
        self.pitch = pitch
        self.wordGap = wordGap
        self.preferred = preferred
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
        if !Self.wordGaps.contains(wordGap) {
            return "wordGap \(wordGap) is outside \(Self.wordGaps.lowerBound)…\(Self.wordGaps.upperBound) (tens of milliseconds)"
        }
        for (index, other) in preferred.enumerated() {
            if !other.preferred.isEmpty { return "preferred voice \(index + 1) has preferred voices of its own" }
            if let problem = other.problem { return "preferred voice \(index + 1): \(problem)" }
        }
        return nil
    }
}
