extension AudioLibrary {
    /// What rendering one locale did: files made now, files already there, prompts a person recorded.
    public struct RenderSummary: Sendable, Hashable {
        public var locale: String
        public var rendered = 0
        public var reused = 0
        public var recorded = 0

        public init(locale: String, rendered: Int = 0, reused: Int = 0, recorded: Int = 0) {
            self.locale = locale
            self.rendered = rendered
            self.reused = reused
            self.recorded = recorded
        }
    }

    /// Renders every item not recorded and not cached yet; one summary per locale, in first-seen order.
    ///
    /// Stops at the first failure, leaving what was rendered so far in place (each file is whole).
    public func render(_ items: [SpokenItem]) async throws(SpeechError) -> [RenderSummary] {
        if case .missing(let message) = espeakStatus {
            throw SpeechError(subject: "espeak-ng", message: message)
        }
        var summaries: [RenderSummary] = []
        for item in items {
            let index = summaries.indexOrAppend(locale: item.locale) { RenderSummary(locale: $0) }
            switch try source(of: item) {
            case .recording: summaries[index].recorded += 1
            case .rendered: summaries[index].reused += 1
            case .notRendered(let file, let voice):
                try await espeak.render(item.script.speakDocument, voice: voice, to: file)
                summaries[index].rendered += 1
            case .unavailable: break
            }
        }
        return summaries
    }
}
