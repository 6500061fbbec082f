import Foundation
import HTTPTypes
import HummingbirdTesting
import ProcedureModel
import Testing

@testable import GuideServer

/// Carrying a kiosk session on to the resident's phone by a one-time QR code.
@Suite struct CarryRouteTests {
    @Test("From the outcome: the phone gets the session, the kiosk frees itself, a second scan is refused", arguments: ["fr", "ar"])
    func fromTheOutcome(_ language: String) async throws {
        let walk = try ShippedWalk.toPapers(in: "css")
        let content = try SheetServer.content(language)
        let outcome = try #require(content.library.procedure("css")?.step(walk.outcome.id))
        try await SheetServer(publicURL: "https://borne.example/").run { client in
            let kiosk = try await walk.atKiosk(client, language: language)
            let outcomePage = try await client.get("/kiosk/step", cookie: kiosk)
            #expect(outcomePage.text.contains(#"<script src="/static/carry.js" defer></script>"#))
            let qr = try #require(QRReader.codes(in: outcomePage.text).first, "no QR code on the outcome")
            let address = try QRReader.read(svg: qr)
            let path = String(try #require(address.wholeMatch(of: /https:\/\/borne\.example(\/kiosk\/carry\/[0-9a-f]{32})/), "read \(address)").1)
            // The same code while it is valid: a reload does not change it.
            #expect(QRReader.codes(in: try await client.get("/kiosk/step", cookie: kiosk).text).first == qr)

            // Looking changes nothing (a link preview must not take the session).
            let look = try await client.get(path)
            #expect(look.status == .ok)
            #expect(look.text.contains(#"<html lang="\#(language)""#))
            #expect(
                look.text.contains(#"<form method="post" action="\#(path)"><button class="choice primary">\#(html(content.word("carryConfirm")))</button>"#))
            #expect(try await client.get("/kiosk/carry-status", cookie: kiosk).status == .noContent)

            let taken = try await client.post(path, [:])
            #expect(taken.status == .seeOther)
            #expect(taken.location == "/kiosk/step")
            let phone = try #require(taken.cookie)
            #expect(phone != kiosk)
            #expect(try #require(taken.headers[.setCookie]).contains("HttpOnly"))
            let onPhone = try await client.get("/kiosk/step", cookie: phone)
            // As the outcome page writes it: addresses, numbers and French names kept left to right in Arabic.
            #expect(onPhone.text.contains(BidiText.html(outcome.prompt.text)))
            // On the phone: the sheet to keep, but no code to carry the session further.
            #expect(onPhone.text.contains(#"<p class="no-print"><a class="choice" href="/kiosk/sheet">"#))
            #expect(QRReader.codes(in: onPhone.text).isEmpty)

            // The kiosk: told to go back to the welcome screen, and its token opens nothing any more.
            let status = try await client.get("/kiosk/carry-status", cookie: kiosk)
            #expect(status.status == .gone)
            #expect(try #require(status.headers[.setCookie]).contains("Max-Age=0"))
            #expect(try await client.get("/kiosk/step", cookie: kiosk).location == "/kiosk")
            #expect(try await client.get("/kiosk/sheet", cookie: kiosk).location == "/kiosk")

            // One device at a time: the same code again is refused, in the resident's language.
            for again in [try await client.post(path, [:]), try await client.get(path)] {
                #expect(again.status == .gone)
                #expect(again.text.contains(#"<html lang="\#(language)""#))
                #expect(again.text.contains(html(content.word("carryRefused"))))
            }
            #expect(try await client.get("/kiosk/step", cookie: phone).status == .ok)
        }
    }

    @Test("From the hand-off screen: the same question and the same code on the phone", arguments: ["fr", "ar"])
    func fromTheHandOffScreen(_ language: String) async throws {
        let content = try SheetServer.content(language)
        let procedure = try #require(content.library.procedure("css"))
        let first = try #require(procedure.step(procedure.start.id))
        try await SheetServer().run { client in
            let started = try await client.post("/kiosk/\(language)/start", ["procedure": "css"])
            let kiosk = try #require(started.cookie)
            _ = try await client.post("/kiosk/handoff", [:], cookie: kiosk)
            let handOff = try await client.get("/kiosk/handoff", cookie: kiosk)
            let code = String(try #require(handOff.text.firstMatch(of: /<p class="code" aria-label="([0-9 ]+)">/)).1)
            #expect(handOff.text.contains(#"<a class="choice" href="/kiosk/sheet">"#))
            let address = try QRReader.read(svg: try #require(QRReader.codes(in: handOff.text).first))
            // Without --public-url, the address the kiosk itself used.
            let path = String(try #require(address.wholeMatch(of: /http:\/\/[^\/]+(\/kiosk\/carry\/[0-9a-f]{32})/), "read \(address)").1)

            let taken = try await client.post(path, [:])
            let phone = try #require(taken.cookie)
            let onPhone = try await client.get("/kiosk/step", cookie: phone)
            #expect(onPhone.text.contains(html(first.prompt.text)))
            #expect(try await client.get("/kiosk/sheet", cookie: phone).text.contains(#"<p class="handoff-code">\#(code)</p>"#))
            #expect(try await client.get("/kiosk/handoff", cookie: kiosk).location == "/kiosk/step")
        }
    }

    @Test func anUnknownCodeIsRefusedInFrench() async throws {
        try await SheetServer().run { client in
            let response = try await client.get("/kiosk/carry/0123456789abcdef0123456789abcdef")
            #expect(response.status == .gone)
            #expect(response.text.contains(#"<html lang="fr""#))
            #expect(response.text.contains(html("Ce code a déjà servi, ou il ne marche plus.")))
        }
    }
}
