import Foundation
import ProcedureModel
import Testing

extension KioskInBrowser {
    @Suite struct ProcedureWalk {
        @Test("A resident goes through a procedure in French, from the language page to the papers to bring")
        func french() async throws {
            let (content, walk) = try ShippedContent.cssWalk()
            try await Kiosk.run { kiosk in
                try await kiosk.open("/kiosk")
                try await kiosk.waitForHeading("Choisissez votre langue")
                #expect(try await kiosk.texts("ul.choices a.choice").contains("Français"))
                let tour = KioskWalk(kiosk: kiosk, walk: walk, content: content, language: "fr")
                try await tour.chooseLanguage()
                try await tour.chooseProcedure()
                var layoutChecked = false
                try await tour.follow { step in
                    guard !layoutChecked, try await kiosk.hasChoicesAndBack() else { return }
                    layoutChecked = true
                    #expect(
                        try await kiosk.layout()
                            == Layout(direction: "ltr", backIsRightOfHelp: false, choiceTextHugsRight: false, backArrowMirrored: false, speakers: "as drawn"))
                }
                #expect(layoutChecked)
                try await expectOutcome(kiosk, walk, content, "fr")
                #expect(try await kiosk.script("return document.documentElement.lang") == "fr")
                #expect(try await kiosk.script("return document.documentElement.dir") == "ltr")
                try await finish(kiosk, walk, content, "fr")
            }
        }

        @Test("The same procedure in Arabic: every page is lang=\"ar\" and laid out right to left")
        func arabic() async throws {
            try await walkRightToLeft("ar", named: "العربية")
        }

        @Test("The same procedure in Dari (fa-AF, Persian script): every page is lang=\"fa-AF\" and laid out right to left")
        func dari() async throws {
            try await walkRightToLeft("fa-AF", named: "دری")
        }

        /// A right-to-left language from the picker to the end: its button in its own name and
        /// direction, each step in its words, mirrored like Arabic. With `ARIANE_SCREENSHOTS` set, the
        /// picker and the first question with answers are photographed at kiosk and desk sizes.
        private func walkRightToLeft(_ language: String, named name: String) async throws {
            let (content, walk) = try ShippedContent.cssWalk()
            try #require(content.offers(language), "locales/\(language)/interface.xlf is missing: the kiosk does not offer it")
            try await Kiosk.run { kiosk in
                try await kiosk.open("/kiosk")
                #expect(try await kiosk.texts("ul.choices a.choice").contains(name))
                #expect(try await kiosk.script("return document.querySelector(\"a[href='/kiosk/\(language)']\").closest('li').dir") == "rtl")
                try await kiosk.screenshots("language-picker-\(language)")
                let tour = KioskWalk(kiosk: kiosk, walk: walk, content: content, language: language)
                try await tour.chooseLanguage()
                try await tour.chooseProcedure()
                var layoutChecked = false
                try await tour.follow { step in
                    #expect(try await kiosk.script("return document.documentElement.lang") == language, "at \(step.id)")
                    #expect(try await kiosk.script("return document.documentElement.dir") == "rtl", "at \(step.id)")
                    guard !layoutChecked, try await kiosk.hasChoicesAndBack() else { return }
                    layoutChecked = true
                    #expect(
                        try await kiosk.layout()
                            == Layout(direction: "rtl", backIsRightOfHelp: true, choiceTextHugsRight: true, backArrowMirrored: true, speakers: "mirrored"))
                    try await kiosk.screenshots("step-\(step.id)-\(language)")
                }
                #expect(layoutChecked)
                try await expectOutcome(kiosk, walk, content, language)
                #expect(try await kiosk.script("return document.documentElement.lang") == language)
                #expect(try await kiosk.script("return getComputedStyle(document.body).direction") == "rtl")
                try await finish(kiosk, walk, content, language)
            }
        }

        /// The outcome page: the result in words, the papers to bring, where to go; and the event store.
        func expectOutcome(_ kiosk: Kiosk, _ walk: ScenarioWalk, _ content: ShippedContent, _ language: String) async throws {
            let library = content.library(language)
            let outcome = try #require(library.procedure(walk.procedure)?.step(walk.outcome))
            let result: String =
                switch outcome.outcome ?? .refer {
                case .eligible: "kiosk.eligible"
                case .notEligible: "kiosk.notEligible"
                case .refer: "kiosk.refer"
                }
            try await kiosk.waitForHeading(content.word(result, language))
            let papers = walk.checklist.map { (library.documents[$0]?.prompt.text ?? $0).collapsingSpaces }
            #expect(try await kiosk.texts("ul.documents li") == papers)
            let places = outcome.helpPoints.compactMap { library.helpPoints[$0.id] }.filter { !$0.isExample }.map(\.name.collapsingSpaces)
            #expect(try await kiosk.texts("ul.help-points li strong") == places)
            let completed = try await kiosk.server.events().filter { $0.kind == .completed }
            #expect(completed.map(\.value) == [walk.outcome])
            #expect(completed.map(\.locale) == [language])
        }

        /// "Terminer": the thank-you page, then nothing of the resident is left to see.
        func finish(_ kiosk: Kiosk, _ walk: ScenarioWalk, _ content: ShippedContent, _ language: String) async throws {
            try await kiosk.submit("main button[name='action'][value='finish']")
            try await kiosk.waitForHeading(content.word("kiosk.thankYou", language))
            #expect(try await kiosk.path() == "/kiosk/ended")
            let title = try #require(content.library(language).procedure(walk.procedure)?.title)
            #expect(try await !kiosk.script("return document.body.innerText").contains(title))
            try await kiosk.open("/kiosk/step")
            #expect(try await kiosk.path() == "/kiosk")
        }
    }
}

/// Where things sit on a question page: what right-to-left must change.
struct Layout: Equatable {
    var direction: String
    /// In a row of helper buttons, "Retour" comes first: at the left in French, at the right in Arabic.
    var backIsRightOfHelp: Bool
    /// An answer's words start at the button's right edge in Arabic.
    var choiceTextHugsRight: Bool
    /// The arrow on "Retour" points back to where reading starts.
    var backArrowMirrored: Bool
    /// The speakers of the page's listen controls: their sound waves point the way reading goes, so
    /// "as drawn" (to the right) in French, "mirrored" in Arabic.
    var speakers: String
}

extension Kiosk {
    func hasChoicesAndBack() async throws -> Bool {
        try await script(
            "return !!document.querySelector(\"main button.choice[name='value']\") && !!document.querySelector(\"nav.helpers button[value='back']\")") == "true"
    }

    func layout() async throws -> Layout {
        let found = try await browser.execute(
            """
            const box = selector => document.querySelector(selector).getBoundingClientRect();
            const back = box("nav.helpers button[value='back']"), help = box("nav.helpers button[value='help']");
            const choice = document.querySelector("main button.choice[name='value']");
            const words = document.createRange();
            words.selectNodeContents(choice);
            const text = words.getBoundingClientRect(), button = choice.getBoundingClientRect();
            const arrow = getComputedStyle(document.querySelector("nav.helpers button[value='back'] .arrow")).transform;
            const speakers = [...document.querySelectorAll("main .listen .icon")].map(icon => getComputedStyle(icon).transform);
            return [getComputedStyle(document.body).direction, back.left > help.left,
                    button.right - text.right < text.left - button.left, arrow.startsWith("matrix(-1"),
                    speakers.length == 0 ? "none on the page" : speakers.every(speaker => speaker.startsWith("matrix(-1")) ? "mirrored"
                        : speakers.every(speaker => speaker == "none") ? "as drawn" : "mixed: " + speakers.join(" / ")];
            """)
        let values = found.array ?? []
        return Layout(
            direction: values.first?.string ?? "?", backIsRightOfHelp: values.dropFirst().first?.bool ?? false,
            choiceTextHugsRight: values.dropFirst(2).first?.bool ?? false, backArrowMirrored: values.dropFirst(3).first?.bool ?? false,
            speakers: values.dropFirst(4).first?.string ?? "?")
    }
}
