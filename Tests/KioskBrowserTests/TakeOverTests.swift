import Foundation
import ProcedureModel
import Testing

extension KioskInBrowser {
    @Suite struct TakeOver {
        @Test("A resident asks for a mediator; a worker signs in to the console and takes the session over by its code")
        func takeOver() async throws {
            let (content, walk) = try ShippedContent.cssWalk()
            let procedure = try #require(content.library("fr").procedure(walk.procedure))
            let stuck = try #require(walk.path.compactMap(procedure.step).first { $0.kind != .outcome && !$0.helpPoints.isEmpty })
            try await Kiosk.run { kiosk in
                try await kiosk.server.addAccount("camille", role: "worker", password: "un mot de passe assez long")
                try await kiosk.open("/kiosk")
                let tour = KioskWalk(kiosk: kiosk, walk: walk, content: content, language: "fr")
                try await tour.chooseLanguage()
                try await tour.chooseProcedure()
                try await tour.follow(until: stuck.id)
                try await kiosk.submit("nav.helpers button[value='help']")
                try await kiosk.submit("main form[action='/kiosk/handoff'] button")
                try await kiosk.waitForHeading("Donnez ce code à la personne qui vous aide")
                let code = try #require(try await kiosk.texts("p.code").first)

                let desk = try await kiosk.anotherScreen("worker")
                do {
                    try await desk.open("/console")
                    try await desk.waitForHeading("Se connecter")
                    try await desk.browser.element("#name").type("camille")
                    try await desk.browser.element("#password").type("un mot de passe assez long")
                    try await desk.submit("main form[action='/console/login'] button")
                    try await desk.waitForHeading("Console")
                    // Read aloud, typed by the worker as heard.
                    try await desk.browser.element("#code").type(code)
                    try await desk.submit("main form[action='/console/takeover'] button")
                    // The kiosk notices by itself within seconds and frees the screen, which goes back to the start
                    // 8 s later unless touched: looked at now, before the desk's own checks take that long.
                    try await kiosk.waitForHeading("Une personne a repris votre démarche avec vous. Cet écran est libre.")
                    try await kiosk.touchScreen()
                    let findings = try await kiosk.audit("taken over")
                    #expect(findings.isEmpty, "\(findings.joined(separator: "\n"))")
                    #expect(try await !kiosk.script("return document.body.innerText").contains(procedure.title))
                    try await desk.waitForHeading(procedure.title)
                    #expect(try await desk.path().hasPrefix("/console/sessions/"))
                    #expect(try await desk.texts("#prompt") == [stuck.prompt.text.collapsingSpaces])
                } catch {
                    await desk.browser.quit()
                    throw error
                }
                await desk.browser.quit()

                // Then the freed screen goes back to the start.
                _ = try await eventually("the language page again", timeout: .seconds(30)) { try await kiosk.path() == "/kiosk" ? true : nil }
                let events = try await kiosk.server.events()
                #expect(events.filter { $0.kind == .handedOff }.map(\.step) == [stuck.id])
                #expect(events.filter { $0.kind == .resumed }.map(\.step) == [stuck.id])
            }
        }
    }
}
