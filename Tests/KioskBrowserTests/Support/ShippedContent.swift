import Foundation
import KioskWords
import ProcedureModel
import ProcedureXML

/// The repository's procedures and translations, read the way the server under test reads them, so
/// the tests know every text a page must show.
struct ShippedContent: Sendable {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../..").standardized
    static let procedures = repository.appendingPathComponent("procedures")
    static let locales = repository.appendingPathComponent("locales")

    /// Loaded once for all tests.
    static let loaded = Result { try ShippedContent() }

    let french: ProcedureLibrary
    private let translations: [String: LocaleTranslations]

    private init() throws {
        let (library, problems) = try ProcedureLoader().loadLibrary([Self.procedures.path])
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        french = library
        var translations: [String: LocaleTranslations] = [:]
        for language in TranslationLoader.languages(in: Self.locales.path) {
            translations[language] = TranslationLoader.load(language, from: Self.locales.path).locale
        }
        self.translations = translations
    }

    /// The procedures as a resident reading `language` sees them (French where not translated yet).
    func library(_ language: String) -> ProcedureLibrary {
        guard let locale = translations[language] else { return french }
        return translated(french, with: locale).library
    }

    /// One of the kiosk's own words (`kiosk.back`…) in `language`.
    func word(_ id: String, _ language: String) -> String {
        let catalogue = translations[language]?.catalogue(LocaleTranslations.SharedFile.interface.rawValue)
        return InterfaceText(french: KioskText.allFrench, catalogue: catalogue)(id)
    }

    /// Whether the kiosk offers `language` (it does once the interface file exists).
    func offers(_ language: String) -> Bool {
        language == "fr" || translations[language]?.shared(.interface) != nil
    }
}
