public import Foundation

/// A language the kiosk speaks but does not write: its residents hear recordings made by people who
/// speak it, and read the French text beside the pictograms. Declared in `locales/spoken-only.json`:
///
/// ```json
/// { "languages": [ { "code": "wo", "name": "Wolof" } ] }
/// ```
///
/// Soninké, Wolof and Tamazight are spoken by far more residents than read them, and espeak-ng has no
/// voice for them: a person's recording is the only sound such a language can have.
public struct SpokenOnlyLanguage: Sendable, Hashable, Codable {
    /// The code of its `recordings/<code>/` folder and of the kiosk's URLs: `snk`, `wo`, `zgh`.
    public var code: String
    /// Its name as its speakers write it, on the kiosk's language button.
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    public static let fileName = "spoken-only.json"

    private struct File: Decodable {
        var languages: [SpokenOnlyLanguage]
    }

    /// The languages declared in `<localesFolder>/spoken-only.json`; none when there is no such file.
    ///
    /// A code must be a plain language code (`wo`, `snk`, `ber-MA`), not French, and declared once:
    /// it names a folder and a URL.
    public static func load(localesFolder: String) throws(SpeechError) -> [SpokenOnlyLanguage] {
        let path = URL(fileURLWithPath: localesFolder).appendingPathComponent(fileName).path
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let languages: [SpokenOnlyLanguage]
        do {
            languages = try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: path))).languages
        } catch {
            throw SpeechError(subject: path, message: "not a list of spoken-only languages: \(error)")
        }
        var seen: Set<String> = []
        for language in languages {
            guard language.code.wholeMatch(of: /[a-z]{2,3}(-[A-Za-z0-9]{2,8})*/) != nil, language.code != "fr" else {
                throw SpeechError(subject: path, message: "\(language.code.debugDescription) is not a language code a kiosk can speak")
            }
            guard !language.name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw SpeechError(subject: path, message: "the language \(language.code) has no name for the kiosk's button")
            }
            guard seen.insert(language.code).inserted else {
                throw SpeechError(subject: path, message: "the language \(language.code) is declared twice")
            }
        }
        return languages
    }
}
