/// How far one locale's sound is: prompts a person recorded, prompts rendered, prompts with no sound yet.
public struct AudioStatus: Sendable, Hashable {
    public var locale: String
    public var recorded = 0
    /// Rendered by espeak-ng and in the cache.
    public var synthesised = 0
    /// Neither: rendered on demand by the kiosk, or silent there without espeak-ng.
    public var missing = 0

    public init(locale: String, recorded: Int = 0, synthesised: Int = 0, missing: Int = 0) {
        self.locale = locale
        self.recorded = recorded
        self.synthesised = synthesised
        self.missing = missing
    }
}

extension AudioLibrary {
    /// Counts, per locale in first-seen order, what the kiosk would play for each item; renders nothing.
    ///
    /// Without espeak-ng no rendering can be found (its name holds the engine's version), and none could
    /// be played: every prompt without a recording counts as missing.
    public func status(of items: [SpokenItem]) throws(SpeechError) -> [AudioStatus] {
        var statuses: [AudioStatus] = []
        for item in items {
            let index = statuses.indexOrAppend(locale: item.locale) { AudioStatus(locale: $0) }
            switch try source(of: item) {
            case .recording: statuses[index].recorded += 1
            case .rendered: statuses[index].synthesised += 1
            case .notRendered, .unavailable: statuses[index].missing += 1
            }
        }
        return statuses
    }
}

extension Array {
    /// The index of the element for a locale, appending a new one the first time it is seen.
    mutating func indexOrAppend(locale: String, make: (String) -> Element) -> Int where Element: LocaleCounts {
        if let index = firstIndex(where: { $0.locale == locale }) { return index }
        append(make(locale))
        return count - 1
    }
}

/// A row of counts for one locale.
protocol LocaleCounts {
    var locale: String { get }
}

extension AudioStatus: LocaleCounts {}
extension AudioLibrary.RenderSummary: LocaleCounts {}
