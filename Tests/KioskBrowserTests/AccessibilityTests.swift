import Foundation
import ProcedureModel
import Testing

extension KioskInBrowser {
    @Suite struct Accessibility {
        @Test(
            "Every kind of kiosk page passes axe-core's WCAG 2.1 AA rules (nothing serious or critical) and reflows at 200 %",
            arguments: ["fr", "ar"])
        func everyPage(language: String) async throws {
            let (content, walk) = try ShippedContent.cssWalk()
            try #require(content.offers(language), "the kiosk does not offer '\(language)'")
            let procedure = try #require(content.library(language).procedure(walk.procedure))
            let stuck = try #require(walk.path.compactMap(procedure.step).first { $0.kind != .outcome && !$0.helpPoints.isEmpty })
            var findings: [String] = []
            var audited: Set<String> = []
            try await Kiosk.run { kiosk in
                try await kiosk.open("/kiosk")
                try await kiosk.waitForHeading(content.word("kiosk.chooseLanguage", "fr"))
                // The audit judges the palette of colours.css: without it, choices would be the browser's black.
                #expect(try await kiosk.script("return getComputedStyle(document.querySelector('a.choice')).color") == "rgb(11, 79, 156)")
                findings += try await kiosk.audit("languages")
                let tour = KioskWalk(kiosk: kiosk, walk: walk, content: content, language: language)
                try await tour.chooseLanguage()
                findings += try await kiosk.audit("procedures")
                try await tour.chooseProcedure()
                try await tour.follow { step in
                    let page = Self.pageKind(step)
                    guard audited.insert(page).inserted else { return }
                    findings += try await kiosk.audit(page)
                }
                findings += try await kiosk.audit("outcome")
                try await kiosk.submit("main button[name='action'][value='finish']")
                try await kiosk.waitForHeading(content.word("kiosk.thankYou", language))
                try await kiosk.touchScreen()
                findings += try await kiosk.audit("ended")

                try await kiosk.open("/kiosk")
                try await tour.chooseLanguage()
                try await tour.chooseProcedure()
                try await tour.follow(until: stuck.id)
                try await kiosk.submit("nav.helpers button[value='help']")
                try await kiosk.waitForHeading(content.word("kiosk.helpTitle", language))
                findings += try await kiosk.audit("help")
                try await kiosk.submit("main form[action='/kiosk/handoff'] button")
                try await kiosk.waitForHeading(content.word("kiosk.handOffTitle", language))
                findings += try await kiosk.audit("hand-off")
            }
            // Papers to bring are audited on the outcome page, which lists them.
            #expect(audited.isSuperset(of: ["question with choices", "number question"]), "\(audited)")
            #expect(findings.isEmpty, "\(findings.count) problems in \(language):\n\(findings.joined(separator: "\n"))")
        }

        static func pageKind(_ step: Step) -> String {
            switch step.kind {
            case .question:
                if case .number? = step.answer { return "number question" }
                return step.answer == .date ? "date question" : "question with choices"
            case .checklist: return "papers to bring"
            case .information: return "information"
            case .action: return "action"
            case .outcome: return "outcome"
            }
        }
    }
}
