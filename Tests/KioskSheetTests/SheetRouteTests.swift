import Foundation
import HTTPTypes
import HummingbirdTesting
import ProcedureModel
import Testing

@testable import GuideServer

/// The take-home sheet, at the kiosk and through the API, in French and in Arabic.
@Suite struct SheetRouteTests {
    static let sunday = ["fr": "dimanche 6 décembre 2026", "ar": "الأحد، 6 ديسمبر، 2026"]

    @Test("The kiosk's sheet: the date, the procedure, the steps left, the checklist, where to go, QR codes", arguments: ["fr", "ar"])
    func kioskSheet(_ language: String) async throws {
        let walk = try ShippedWalk.toPapers(in: "css")
        let content = try SheetServer.content(language)
        let french = try SheetServer.library.get()
        let procedure = try #require(content.library.procedure("css"))
        let outcome = try #require(procedure.step(walk.outcome.id))
        try await SheetServer().run { client in
            let cookie = try await walk.atKiosk(client, language: language)
            let outcomePage = try await client.get("/kiosk/step", cookie: cookie)
            #expect(outcomePage.text.contains(#"<a class="choice" href="/kiosk/sheet">\#(html(content.word("sheetLink")))</a>"#))

            let sheet = try await client.get("/kiosk/sheet", cookie: cookie)
            #expect(sheet.status == .ok)
            #expect(sheet.headers[.cacheControl] == "no-store")
            #expect(sheet.text.contains(#"<html lang="\#(language)" dir="\#(language == "ar" ? "rtl" : "ltr")">"#))
            #expect(sheet.text.contains("\(html(content.word("sheetMadeOn"))) \(try #require(Self.sunday[language]))"))
            #expect(sheet.text.contains(html(procedure.title)))
            // Every sentence of the outcome, in order, one a line.
            let steps = try #require(sheet.text.firstMatch(of: /<ol class="steps">(.*?)<\/ol>/.dotMatchesNewlines()))
            #expect(String(steps.1).matches(of: /<li>/).count >= 2)
            #expect(String(steps.1).textOfHTML == html(outcome.prompt.text).split(whereSeparator: \.isWhitespace).joined(separator: " "))
            for id in walk.checklist {
                let name = try #require(content.library.documents[id]?.prompt.text)
                #expect(sheet.text.contains(#"<span class="box" aria-hidden="true">☐</span> \#(html(name))"#))
            }
            if language == "fr" {
                #expect(!sheet.text.contains(#"<span lang="fr""#))
            } else {
                // The official French names beside: the procedure's and each paper's.
                #expect(sheet.text.contains(#"<span lang="fr" dir="ltr">\#(html(try #require(french.procedure("css")).title))</span>"#))
                for id in walk.checklist {
                    let official = try #require(french.documents[id]?.prompt.text)
                    #expect(sheet.text.contains(#"<span lang="fr" dir="ltr">\#(html(official))</span>"#))
                }
            }
            // Every web address on the sheet is also a QR code that reads back to it.
            let codes = QRReader.codes(in: sheet.text)
            let addresses = Set(sheet.text.matches(of: /<a class="url" href="([^"]+)" dir="ltr">/).map { String($0.1) })
            #expect(!codes.isEmpty)
            #expect(Set(try codes.map { try QRReader.read(svg: $0) }) == addresses)
            #expect(!sheet.text.contains("handoff-code"))
            #expect(sheet.text.contains(#"<button type="button" class="choice primary" data-print>"#))
        }
    }

    @Test func printsOnA4WithoutButtons() async throws {
        try await SheetServer().run { client in
            let css = try await client.get("/static/sheet.css").text
            #expect(css.contains("@page { size: A4;"))
            let kiosk = try await client.get("/static/kiosk.css").text
            #expect(kiosk.contains(".helpers, .listen, .listen-row, .no-print"))
        }
    }

    @Test("The API's sheet, for the session behind a bearer token", arguments: ["fr", "ar"])
    func apiSheet(_ language: String) async throws {
        let walk = try ShippedWalk.toPapers(in: "css")
        let content = try SheetServer.content(language)
        try await SheetServer().run { client in
            let token = try await walk.throughAPI(client, language: language)
            let sheet = try await client.get("/api/v1/session/sheet", token: token)
            #expect(sheet.status == .ok)
            #expect(sheet.headers[.contentType] == "text/html; charset=utf-8")
            #expect(sheet.text.contains(#"<html lang="\#(language)""#))
            for id in walk.checklist {
                #expect(sheet.text.contains(html(try #require(content.library.documents[id]?.prompt.text))))
            }
            #expect(!QRReader.codes(in: sheet.text).isEmpty)
            // No kiosk buttons for an API client.
            #expect(!sheet.text.contains("data-print"))
            #expect(try await client.get("/api/v1/session/sheet").status == .unauthorized)
            #expect(try await client.get("/api/v1/session/sheet", token: "0123").status == .unauthorized)
        }
    }

    @Test("The hand-off code is on the sheet while it is valid, beside the question left", arguments: ["fr", "ar"])
    func handOffCodeWhileValid(_ language: String) async throws {
        let content = try SheetServer.content(language)
        let procedure = try #require(content.library.procedure("css"))
        let first = try #require(procedure.step(procedure.start.id))
        let server = SheetServer()
        try await server.run { client in
            let started = try await client.post("/kiosk/\(language)/start", ["procedure": "css"])
            let cookie = try #require(started.cookie)
            #expect(try await client.post("/kiosk/handoff", [:], cookie: cookie).location == "/kiosk/handoff")
            let handOff = try await client.get("/kiosk/handoff", cookie: cookie)
            let code = try #require(handOff.text.firstMatch(of: /<p class="code" aria-label="([0-9 ]+)">/)).1
            let sheet = try await client.get("/kiosk/sheet", cookie: cookie)
            #expect(sheet.text.contains(#"<p class="handoff-code">\#(code)</p>"#))
            #expect(sheet.text.contains(#"<span dir="ltr">13:00</span>"#))
            #expect(sheet.text.contains(#"<p class="stopped">\#(html(first.prompt.text))</p>"#))
            server.move(minutes: 121)
            let later = try await client.get("/kiosk/sheet", cookie: cookie)
            #expect(later.status == .ok)
            #expect(!later.text.contains(String(code)))
        }
    }

    @Test func withoutASessionTheSheetIsTheWelcomeScreen() async throws {
        try await SheetServer().run { client in
            let response = try await client.get("/kiosk/sheet")
            #expect(response.status == .seeOther)
            #expect(response.location == "/kiosk")
        }
    }
}
