public import Foundation

/// The voice of every locale, read from one file (`locales/speech.json`): the one place voice settings live.
///
/// ```json
/// { "voices": { "fr": { "voice": "fr", "rate": 130, "pitch": 50 } } }
/// ```
public struct SpeechConfiguration: Sendable, Hashable {
    /// Settings by locale (`fr`, `en`, `ar`, or a region such as `fr-BE`).
    public var voices: [String: VoiceSettings]

    /// Where the project keeps it, relative to the project's top folder.
    public static let standardPath = "locales/speech.json"

    public init(voices: [String: VoiceSettings]) {
        self.voices = voices
    }

    /// The settings for a locale: an exact match, else its language (`fr-BE` falls back to `fr`).
    public func voice(for locale: String) -> VoiceSettings? {
        if let exact = voices[locale] { return exact }
        let language = locale.split(separator: "-").first.map(String.init) ?? locale
        return voices[language]
    }

    /// The voices to speak with on this machine: for each locale, its first preferred voice that `speaks`,
    /// else its own; and one note per locale whose preferred voices are all missing, with what to install.
    public func resolved(speaks: (String) -> Bool) -> (configuration: SpeechConfiguration, notes: [String]) {
        var notes: [String] = []
        var chosen: [String: VoiceSettings] = [:]
        var answers: [String: Bool] = [:]
        for (locale, settings) in voices.sorted(by: { $0.key < $1.key }) {
            var own = settings
            own.preferred = []
            let installed = settings.preferred.first { other in
                if let known = answers[other.voice] { return known }
                let answer = speaks(other.voice)
                answers[other.voice] = answer
                return answer
            }
            chosen[locale] = installed ?? own
            if installed == nil, !settings.preferred.isEmpty {
                let names = settings.preferred.map(\.voice)
                let packages = names.map { $0.hasPrefix("mb-") ? "mbrola-" + $0.dropFirst(3) : $0 }
                notes.append(
                    "\(locale): the voice \(names.joined(separator: " or ")) is not installed here, so \(settings.voice) speaks "
                        + "(MBROLA, in Debian's non-free section: apt-get install mbrola \(packages.joined(separator: " ")))")
            }
        }
        return (SpeechConfiguration(voices: chosen), notes)
    }

    /// Reads and checks a configuration file: an unknown key, a missing field or a value out of range is an
    /// error naming the file and the locale, and nothing is used.
    public static func load(from file: URL) throws(SpeechError) -> SpeechConfiguration {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            let reason = FileManager.default.fileExists(atPath: file.path) ? "cannot be read" : "does not exist"
            throw SpeechError(subject: file.relativePath, message: "the voice configuration \(reason) (see docs/speech.md)")
        }
        return try parse(data, file: file.relativePath)
    }

    /// Reads a configuration from JSON; `file` names it in errors.
    public static func parse(_ data: Data, file: String) throws(SpeechError) -> SpeechConfiguration {
        guard (try? JSONSerialization.jsonObject(with: data)) != nil else {
            throw SpeechError(subject: file, message: "not valid JSON")
        }
        let decoded: ConfigurationFile
        do {
            decoded = try JSONDecoder().decode(ConfigurationFile.self, from: data)
        } catch let error as DecodingError {
            throw SpeechError(subject: file, message: error.explanation)
        } catch {
            throw SpeechError(subject: file, message: "not valid JSON")
        }
        for (locale, settings) in decoded.voices.sorted(by: { $0.key < $1.key }) {
            if let problem = settings.problem {
                throw SpeechError(subject: file, message: "locale \(locale.debugDescription): \(problem)")
            }
        }
        return SpeechConfiguration(voices: decoded.voices)
    }
}
