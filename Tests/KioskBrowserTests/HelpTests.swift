import Foundation
import ProcedureModel
import Testing

extension KioskInBrowser {
    @Suite struct Help {
        @Test("\"Je ne comprends pas\" explains the question and lists where to get help; a mediator code follows")
        func help() async throws {
            let (content, walk) = try ShippedContent.cssWalk()
            let library = content.library("fr")
            let procedure = try #require(library.procedure(walk.procedure))
            let stuck = try #require(
                walk.path.compactMap(procedure.step).first { $0.kind != .outcome && !$0.helpPoints.isEmpty },
                "no step on the path of '\(walk.scenario)' names help points")
            try await Kiosk.run { kiosk in
                try await kiosk.open("/kiosk")
                let tour = KioskWalk(kiosk: kiosk, walk: walk, content: content, language: "fr")
                try await tour.chooseLanguage()
                try await tour.chooseProcedure()
                try await tour.follow(until: stuck.id)
                #expect(try await kiosk.texts("nav.helpers button[value='help']") == ["? Je ne comprends pas"])

                try await kiosk.submit("nav.helpers button[value='help']")
                try await kiosk.waitForHeading("Voici une explication")
                let explanation = stuck.prompt.help ?? "Il n'y a pas d'explication écrite pour cette question."
                #expect(try await kiosk.texts("p.explanation") == [explanation.collapsingSpaces])
                #expect(try await kiosk.texts("main h2") == ["Pour parler à quelqu'un :"])
                // Example entries a town has not filled in yet are never shown.
                let places = stuck.helpPoints.compactMap { library.helpPoints[$0.id] }.filter { !$0.isExample }.map(\.name.collapsingSpaces)
                #expect(!places.isEmpty)
                #expect(try await kiosk.texts("ul.help-points li strong") == places)
                #expect(try await kiosk.server.events().filter { $0.kind == .helpAsked }.map(\.step) == [stuck.id])

                try await kiosk.submit("main form[action='/kiosk/handoff'] button")
                try await kiosk.waitForHeading("Donnez ce code à la personne qui vous aide")
                let code = try #require(try await kiosk.texts("p.code").first)
                #expect(code.wholeMatch(of: /[0-9]{3} [0-9]{3} [0-9]{3}/) != nil, "code '\(code)'")
                #expect(try await kiosk.server.events().filter { $0.kind == .handedOff }.map(\.step) == [stuck.id])

                try await kiosk.submit("main a[href='/kiosk/step']")
                try await kiosk.waitForHeading(stuck.prompt.text)
            }
        }
    }
}
