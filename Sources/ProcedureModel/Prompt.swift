/// What a person sees and hears for a step, a choice, a document or a help point.
public struct Prompt: Sendable, Hashable, Codable {
    /// Plain-language text shown on screen.
    public var text: String
    /// What is spoken; `nil` is a defect the checker reports.
    public var audio: AudioScript?
    /// A longer explanation, shown and spoken when the person says "je ne comprends pas".
    public var help: String?
    public var location: SourceLocation

    public init(text: String, audio: AudioScript? = nil, help: String? = nil, location: SourceLocation = .unknown) {
        self.text = text
        self.audio = audio
        self.help = help
        self.location = location
    }
}
