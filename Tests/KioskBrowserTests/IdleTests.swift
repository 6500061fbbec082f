import Foundation
import ProcedureModel
import Testing

extension KioskInBrowser {
    @Suite struct Idle {
        @Test("Left alone, the kiosk asks \"Vous êtes toujours là ?\", can be told to wait, then clears the screen")
        func idle() async throws {
            let (content, walk) = try ShippedContent.cssWalk()
            let procedure = try #require(content.library("fr").procedure(walk.procedure))
            let first = try #require(walk.path.first.flatMap(procedure.step))
            try await Kiosk.run(idleSeconds: 2) { kiosk in
                try await kiosk.open("/kiosk")
                let tour = KioskWalk(kiosk: kiosk, walk: walk, content: content, language: "fr")
                try await tour.chooseLanguage()
                try await tour.chooseProcedure()
                try await kiosk.waitForHeading(first.prompt.text)

                try await kiosk.waitForIdleQuestion(shown: true)
                #expect(try await kiosk.texts("#idle .prompt") == ["Vous êtes toujours là ?"])
                #expect(try await kiosk.texts("#idle button") == ["Oui, je continue"])
                try await kiosk.click("#idle button")
                try await kiosk.waitForIdleQuestion(shown: false)
                #expect(try await kiosk.path() == "/kiosk/step")

                // Nobody touches the screen any more: asked twice, then the session ends.
                _ = try await eventually("the thank-you page", timeout: .seconds(30)) { try await kiosk.path() == "/kiosk/ended" ? true : nil }
                try await kiosk.waitForHeading("Merci. La démarche est terminée.")
                #expect(try await !kiosk.script("return document.body.innerText").contains(procedure.title))
                _ = try await eventually("the language page again", timeout: .seconds(30)) { try await kiosk.path() == "/kiosk" ? true : nil }
                try await kiosk.waitForHeading("Choisissez votre langue")

                let events = try await kiosk.server.events()
                #expect(events.filter { $0.kind == .timedOut }.map(\.step) == [first.id])
                // Asked once before "Oui, je continue", twice after; once more if the machine was slow
                // to touch the button within the 2 s.
                let reprompts = events.filter { $0.kind == .noInput }
                #expect(reprompts.count >= 3)
                #expect(Set(reprompts.map(\.step)) == [first.id])
                #expect(events.last?.kind == .timedOut)
                try await kiosk.open("/kiosk/step")
                #expect(try await kiosk.path() == "/kiosk")
            }
        }
    }
}

extension Kiosk {
    func waitForIdleQuestion(shown: Bool) async throws {
        _ = try await eventually(shown ? "the idle question" : "the idle question to close") {
            try await browser.element("#idle").isDisplayed() == shown ? true : nil
        }
    }
}
