import Estimates
import Foundation
import KioskWords
import ProcedureModel
import ProcedureXML
import Testing

/// The estimate said plainly, written and spoken, in French, English and Arabic: the kiosk's interface
/// words, as `locales/<lang>/interface.xlf` translates them.
@Suite struct SaidEstimateTests {
    static let locales = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../locales").standardized.path

    /// The interface words of a kiosk language, read from the shipped translations.
    static func words(_ language: String) -> InterfaceText {
        guard language != "fr" else { return InterfaceText(french: KioskText.allFrench) }
        let (locale, _) = TranslationLoader.load(language, from: locales)
        return InterfaceText(french: KioskText.allFrench, catalogue: locale.catalogue(LocaleTranslations.SharedFile.interface.rawValue))
    }

    static func said(_ values: [String: Double], language: String, order: [String]? = nil) -> SaidEstimate {
        let variables = order ?? values.keys.sorted()
        let result = EstimateResult(
            benefits: variables.map { BenefitEstimate(variable: $0, monthly: values[$0] ?? 0, period: "2026-12") }, period: "2026-12")
        return SaidEstimate(result, words: words(language))
    }

    @Test func housingAidInFrenchAsTheIssueWritesIt() {
        let said = Self.said(["aide_logement": 468.4], language: "fr")
        #expect(
            said.text == [
                "Vous pourriez recevoir environ 470 € par mois d'aide au logement.", "C'est une estimation : la CAF décide.",
                "Calcul fait avec les règles de décembre 2026.",
            ])
        #expect(said.audio.first == "Vous pourriez recevoir environ 470 euros par mois d'aide au logement.")
    }

    @Test func roundedToTenEurosFromFiftyAndToTheEuroBelow() {
        #expect(BenefitEstimate(variable: "ppa", monthly: 497.04, period: "2026-12").roundedMonthly == 500)
        #expect(BenefitEstimate(variable: "ppa", monthly: 494.99, period: "2026-12").roundedMonthly == 490)
        let small = Self.said(["css_participation_forfaitaire": 14], language: "fr")
        #expect(small.text.first == "Vous pourriez avoir la Complémentaire santé solidaire pour environ 14 € par mois.")
    }

    @Test func nothingToReceiveIsSaidAsSuch() {
        let said = Self.said(["rsa": 0, "af": 0.4], language: "fr", order: ["rsa", "af"])
        #expect(
            Array(said.text.prefix(2)) == [
                "D'après ce calcul, vous ne recevriez pas de RSA.", "D'après ce calcul, vous ne recevriez pas d'allocations familiales.",
            ])
        // One closing sentence per body that decides, not one per benefit.
        #expect(said.text.filter { $0.hasPrefix("C'est une estimation") } == ["C'est une estimation : la CAF décide."])
    }

    @Test func healthCoverIsFreePaidOrNot() {
        #expect(
            Self.said(["cmu_c": 1, "css_participation_forfaitaire": 0], language: "fr").text.prefix(2) == [
                "Vous pourriez avoir la Complémentaire santé solidaire sans rien payer.",
                "C'est une estimation : l'Assurance Maladie décide.",
            ])
        #expect(
            Self.said(["cmu_c": 0, "css_participation_forfaitaire": 0], language: "fr").text.first
                == "D'après ce calcul, vous n'auriez pas la Complémentaire santé solidaire.")
    }

    @Test func englishAndArabic() {
        let english = Self.said(["aide_logement": 481], language: "en")
        #expect(
            english.text == [
                "You could receive about €480 a month in housing aid.", "This is an estimate: the CAF decides.",
                "Worked out with the rules of December 2026.",
            ])
        #expect(english.audio.first == "You could receive about 480 euros a month in housing aid.")
        let arabic = Self.said(["aide_logement": 481], language: "ar")
        #expect(arabic.text.first == "يمكن أن تحصل على حوالي 480 يورو في الشهر من مساعدة السكن.")
        #expect(arabic.text.last == "حُسب بقواعد شهر ديسمبر 2026.")
        #expect(arabic.audio.last == "حُسِبَ بِقَوَاعِدِ شَهْرِ دِيسَمْبِرْ 2026.")
    }

    @Test func theQuestionsAreInterfaceWordsToo() {
        let housing = EstimateQuestionWords(.housing, words: Self.words("ar"))
        #expect(housing.text == "أين تسكن؟")
        #expect(housing.choices.map(\.value) == ["locataire", "proprietaire", "heberge"])
        #expect(housing.choices.map(\.text) == ["أدفع إيجارًا", "أنا مالك السكن", "أسكن مجانًا"])
        let couple = EstimateQuestionWords(.couple, words: Self.words("fr"))
        #expect(couple.audio == "Vivez-vous en couple ? Touchez Oui ou Non.")
        #expect(couple.choices.map(\.text) == ["Oui", "Non"])
        #expect(EstimateQuestionWords(.rent, words: Self.words("en")).choices.isEmpty)
    }

    /// The words live in the interface files, not in Swift: every unit the estimate says is in French and
    /// translated, written and spoken, in English and Arabic.
    @Test(arguments: ["en", "ar"])
    func everyEstimateWordIsTranslated(language: String) {
        let (locale, _) = TranslationLoader.load(language, from: Self.locales)
        let catalogue = locale.catalogue(LocaleTranslations.SharedFile.interface.rawValue)
        let ids = KioskText.estimate.map(\.id) + KioskText.spoken.map(\.id).filter { $0.hasPrefix("kiosk.estimate") || $0.hasPrefix("kiosk.month") }
        #expect(ids.count > 40)
        #expect(ids.filter { catalogue.target($0) == nil } == [])
    }

    /// docs/speech.md: Arabic audio has no Latin letters, and every word of two letters or more a ḥaraka.
    @Test func arabicAudioIsVowelledAndHasNoLatinLetters() {
        let values = ["rsa": 100.0, "ppa": 0, "aide_logement": 200, "af": 0, "cmu_c": 1, "css_participation_forfaitaire": 0]
        for audio in Self.said(values, language: "ar").audio + Self.said(["cmu_c": 0, "css_participation_forfaitaire": 20], language: "ar").audio {
            #expect(!audio.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }, "\(audio)")
            let words = audio.split { $0 == " " || $0 == "." || $0 == "،" }.filter { word in
                word.unicodeScalars.filter { (0x0621...0x064A).contains($0.value) }.count >= 2
            }
            let bare = words.filter { word in !word.unicodeScalars.contains { (0x064B...0x0652).contains($0.value) } }
            #expect(bare.isEmpty, "unvowelled: \(bare)")
        }
    }

    /// docs/speech.md: the shadda comes before its vowel, or espeak-ng loses the vowel.
    @Test func arabicShaddaComesBeforeItsVowel() {
        let values = ["rsa": 100.0, "aide_logement": 0, "af": 0, "cmu_c": 1]
        for audio in Self.said(values, language: "ar").audio {
            let scalars = Array(audio.unicodeScalars)
            let vowelThenShadda = zip(scalars, scalars.dropFirst()).contains { (0x064B...0x0650).contains($0.value) && $1.value == 0x0651 }
            #expect(!vowelThenShadda, "\(audio)")
        }
    }
}
