import Foundation
import HummingbirdTesting
import NIOCore
import Testing

@testable import GuideServer

/// Step pages are rendered once per step, language and display, then kept with holes for what each
/// request brings: every resident must still see exactly the page made for them.
@Suite struct KeptStepPageTests {
    @Test func holesAreCutAtTheirMarkersAndFilledEscaped() throws {
        let page = try #require(PageWithHoles(marked: "<p>\u{1}notice\u{1}</p><input value=\"\u{1}shown\u{1}\">\u{1}shown\u{1}."))
        #expect(
            String(buffer: page.filled([.shown: "2.revenus", .notice: "L'âge <en années>"]))
                == "<p>L&#39;âge &lt;en années&gt;</p><input value=\"2.revenus\">2.revenus.")
        #expect(String(buffer: page.filled([.shown: "1.foyer"])) == "<p></p><input value=\"1.foyer\">1.foyer.")
    }

    @Test func aPageWithAnUnknownOrOpenMarkerIsNotKept() {
        #expect(PageWithHoles(marked: "a\u{1}answers\u{1}b") == nil)
        #expect(PageWithHoles(marked: "a\u{1}shown") == nil)
        #expect(PageWithHoles(marked: "no marker").map { String(buffer: $0.filled([.shown: "1.foyer"])) } == "no marker")
    }

    @Test func pastTheLimitTheKeptPagesAreDroppedAndKeepingGoesOn() throws {
        let pages = StepPages()
        let page = try #require(PageWithHoles(marked: "page"))
        for step in 0..<StepPages.limit {
            pages.keep(page, for: key(step: "step-\(step)"))
        }
        #expect(pages.count == StepPages.limit)
        pages.keep(page, for: key(step: "one more"))
        #expect(pages.count == 1)
        #expect(pages.page(for: key(step: "one more")) != nil)
        #expect(pages.page(for: key(step: "step-0")) == nil)
    }

    @Test func aSecondResidentAtAStepSeesTheSamePageAndTheirOwnNotice() async throws {
        try await KioskHarness().run { client async throws in
            let first = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            let second = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            for cookie in [first, second] { _ = try await client.post("/kiosk/step", ["action": "answer", "value": "1"], cookie: cookie) }
            let firstPage = try await client.get("/kiosk/step", cookie: first).text
            #expect(firstPage.contains(#"<input type="hidden" name="shown" value="2.revenus">"#))
            #expect(!firstPage.contains("notice"))

            _ = try await client.post("/kiosk/step", ["action": "answer", "value": "beaucoup"], cookie: second)
            let refused = try await client.get("/kiosk/step", cookie: second).text
            #expect(refused.contains(#"<p class="notice" role="alert">Écrivez un nombre avec les chiffres du clavier.</p>"#))
            #expect(try await client.get("/kiosk/step", cookie: second).text == firstPage)

            _ = try await client.post("/kiosk/step", ["action": "answer", "value": "20000"], cookie: first)
            let firstRefused = try await client.get("/kiosk/step", cookie: first).text
            #expect(firstRefused.contains(#"<p class="notice" role="alert">"#))
            #expect(!firstRefused.contains("Écrivez un nombre avec les chiffres du clavier."))
        }
    }

    @Test func oneResidentsDisplayStaysTheirs() async throws {
        try await KioskHarness().run { client async throws in
            let plain = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            let larger = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            let before = try await client.get("/kiosk/step", cookie: plain).text
            _ = try await client.post("/kiosk/display", ["textSize": "larger", "contrast": "high", "back": "/kiosk/step"], cookie: larger)
            let largerPage = try await client.get("/kiosk/step", cookie: larger).text
            #expect(largerPage.contains(#"<html lang="fr" dir="ltr" class="text-larger contrast-high">"#))
            #expect(largerPage.contains(#"<link rel="stylesheet" href="/static/high-contrast.css">"#))
            let after = try await client.get("/kiosk/step", cookie: plain).text
            #expect(after == before)
            #expect(!after.contains("text-larger"))
        }
    }

    private func key(step: String) -> StepPages.Key {
        StepPages.Key(
            locale: "fr", procedure: "essai", version: "1", step: step, canGoBack: false, hasNotice: false, memory: nil, address: "/kiosk/step")
    }
}
