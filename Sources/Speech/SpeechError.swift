/// Why audio could not be configured or rendered, said so a person can act on it.
public struct SpeechError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file or program concerned: `locales/speech.json`, `espeak-ng`.
    public var subject: String
    public var message: String

    public init(subject: String, message: String) {
        self.subject = subject
        self.message = message
    }

    public var description: String { "\(subject): error: \(message)" }
}
