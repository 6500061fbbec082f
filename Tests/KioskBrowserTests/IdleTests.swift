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

extension KioskInBrowser.Idle {
    @Test("Left alone on the outcome page, the kiosk forgets the session: nothing to find at /kiosk/step")
    func idleOnOutcome() async throws {
        let (content, walk) = try ShippedContent.cssWalk()
        let procedure = try #require(content.library("fr").procedure(walk.procedure))
        // Long enough for the walk to reach the outcome without the question coming up on the way.
        try await Kiosk.run(idleSeconds: 5) { kiosk in
            try await kiosk.open("/kiosk")
            let tour = KioskWalk(kiosk: kiosk, walk: walk, content: content, language: "fr")
            try await tour.chooseLanguage()
            try await tour.chooseProcedure()
            try await tour.follow()
            _ = try await eventually("the thank-you page", timeout: .seconds(60)) { try await kiosk.path() == "/kiosk/ended" ? true : nil }
            #expect(try await !kiosk.script("return document.body.innerText").contains(procedure.title))
            try await kiosk.open("/kiosk/step")
            #expect(try await kiosk.path() == "/kiosk")
            let events = try await kiosk.server.events()
            #expect(events.filter { $0.kind == .completed }.map(\.value) == [walk.outcome])
            #expect(events.filter { $0.kind == .timedOut }.isEmpty)
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
