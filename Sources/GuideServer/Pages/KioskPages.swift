import GuideEngine
import ProcedureModel

/// View models of the kiosk pages: plain values the templates read.
enum KioskPages {
    struct LanguageItem {
        let code: String
        let name: String
        let dir: String
        /// "Écouter : Français" in this language: its listen button is named in the language it speaks.
        let listenName: String
        let audio: String?
    }

    struct ProcedureItem {
        let id: String
        let lang: String
        let title: String
        let summary: String?
        let pictogram: String
        let audio: String?
    }

    /// One theme of the picker: its name and pictogram (spoken too), and its procedures.
    struct ThemeGroup {
        let id: String
        let name: String
        let pictogram: String
        let audio: String?
        let procedures: [ProcedureItem]
    }

    struct Choices {
        let lang: String
        let themes: [ThemeGroup]
    }

    struct ChoiceButton {
        let value: String
        let label: String
        let audio: String?
    }

    struct StepView {
        let procedureTitle: String
        let prompt: String
        let audio: String?
        /// Why the last answer was refused; a hole of the kept page (``StepPages``).
        var notice: String?
        let reprompt: Bool
        let isChoice: Bool
        let isNumber: Bool
        let isDate: Bool
        let isContinue: Bool
        let unit: String?
        /// A number question's own model answer, shown under its field.
        let example: String?
        /// Whether the keypad has a decimal comma: not where the question counts something.
        let allowsDecimals: Bool
        let choices: [ChoiceButton]
        let documents: [String]
        let link: String?
        let canGoBack: Bool
        /// Sent back with the step's forms, so that a second tap on a step already left is refused; a hole
        /// of the kept page (``StepPages``).
        var shown: String?
    }

    struct HelpPointItem {
        let name: String
        let description: String
        let phone: String?
        let website: String?
        let address: String?
        let hours: String?
        let example: Bool

        init(_ point: HelpPoint) {
            name = point.name
            description = point.prompt.text
            phone = point.phone
            website = point.website
            address = point.address
            hours = point.hours
            example = point.isExample
        }
    }

    struct HelpView {
        /// The question the resident did not understand, repeated above its explanation.
        let question: String
        let explanation: String
        let audio: String?
        let helpPoints: [HelpPointItem]
    }

    struct HandOffView {
        let code: String
        /// The sheet and the QR code to carry on from a phone (`take-home` partial).
        var carry: CarryOffer?
        /// The code said aloud (see ``SpokenCode``); `nil` on a kiosk without sound.
        let spokenCode: String?
    }

    struct OutcomeView {
        let procedureTitle: String
        let resultText: String
        let resultClass: String
        let prompt: String
        let audio: String?
        let documents: [String]
        let helpPoints: [HelpPointItem]
        /// The sheet and the QR code to carry on from a phone (`take-home` partial).
        var carry: CarryOffer?
    }

    struct Empty {}
}
