import Foundation
import ProcedureModel
import Testing

extension KioskInBrowser.ProcedureWalk {
    /// The languages added in 2026-12 that read left to right, with their names on the picker.
    static let leftToRight = [("tr", "Türkçe"), ("pt", "Português"), ("ro", "Română")]

    @Test(
        "The same procedure in Turkish, Portuguese and Romanian: every page in the language, left to right, and says no native speaker has read it",
        arguments: leftToRight)
    func leftToRightLanguage(language: String, name: String) async throws {
        let (content, walk) = try ShippedContent.cssWalk()
        try #require(content.offers(language), "locales/\(language)/interface.xlf is missing: the kiosk does not offer \(name)")
        try await Kiosk.run { kiosk in
            try await kiosk.open("/kiosk")
            #expect(try await kiosk.texts("ul.choices a.choice").contains(name))
            #expect(try await kiosk.script("return document.querySelector(\"a[href='/kiosk/\(language)']\").closest('li').dir") == "ltr")
            try await kiosk.screenshots("languages-\(language)")
            let tour = KioskWalk(kiosk: kiosk, walk: walk, content: content, language: language)
            try await tour.chooseLanguage()
            try await tour.chooseProcedure()
            let notReviewed = content.word("kiosk.notReviewed", language)
            var layoutChecked = false
            try await tour.follow { step in
                #expect(try await kiosk.script("return document.documentElement.lang") == language, "at \(step.id)")
                #expect(try await kiosk.script("return document.documentElement.dir") == "ltr", "at \(step.id)")
                #expect(try await kiosk.texts("p.not-reviewed span[lang='\(language)']") == [notReviewed], "at \(step.id)")
                guard !layoutChecked, try await kiosk.hasChoicesAndBack() else { return }
                layoutChecked = true
                try await kiosk.screenshots("step-\(language)")
                #expect(
                    try await kiosk.layout()
                        == Layout(direction: "ltr", backIsRightOfHelp: false, choiceTextHugsRight: false, backArrowMirrored: false, speakers: "as drawn"))
            }
            #expect(layoutChecked)
            try await expectOutcome(kiosk, walk, content, language)
            #expect(try await kiosk.script("return document.documentElement.lang") == language)
            try await finish(kiosk, walk, content, language)
        }
    }
}
