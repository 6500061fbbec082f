import Foundation
import ProcedureModel
import Testing

extension KioskInBrowser.ProcedureWalk {
    @Test("The same procedure in Turkish: every page is lang=\"tr\", left to right, and says no native speaker has read it")
    func turkish() async throws {
        let (content, walk) = try ShippedContent.cssWalk()
        try #require(content.offers("tr"), "locales/tr/interface.xlf is missing: the kiosk does not offer Turkish")
        try await Kiosk.run { kiosk in
            try await kiosk.open("/kiosk")
            #expect(try await kiosk.texts("ul.choices a.choice").contains("Türkçe"))
            #expect(try await kiosk.script("return document.querySelector(\"a[href='/kiosk/tr']\").closest('li').dir") == "ltr")
            try await kiosk.screenshots("languages-tr")
            let tour = KioskWalk(kiosk: kiosk, walk: walk, content: content, language: "tr")
            try await tour.chooseLanguage()
            try await tour.chooseProcedure()
            let notReviewed = content.word("kiosk.notReviewed", "tr")
            var layoutChecked = false
            try await tour.follow { step in
                #expect(try await kiosk.script("return document.documentElement.lang") == "tr", "at \(step.id)")
                #expect(try await kiosk.script("return document.documentElement.dir") == "ltr", "at \(step.id)")
                #expect(try await kiosk.texts("p.not-reviewed span[lang='tr']") == [notReviewed], "at \(step.id)")
                guard !layoutChecked, try await kiosk.hasChoicesAndBack() else { return }
                layoutChecked = true
                try await kiosk.screenshots("step-tr")
                #expect(
                    try await kiosk.layout()
                        == Layout(direction: "ltr", backIsRightOfHelp: false, choiceTextHugsRight: false, backArrowMirrored: false, speakers: "as drawn"))
            }
            #expect(layoutChecked)
            try await expectOutcome(kiosk, walk, content, "tr")
            #expect(try await kiosk.script("return document.documentElement.lang") == "tr")
            try await finish(kiosk, walk, content, "tr")
        }
    }
}
