import GuideServer
import HTTPTypes
import HummingbirdTesting
import Testing

/// A wrong kiosk address, seen in a browser, is a page in the resident's language with a way back.
@Suite struct KioskErrorPageTests {
    @Test func anUnknownAddressIsAFrenchPageWithAWayBack() async throws {
        try await KioskHarness().run { client async throws in
            let page = try await client.get("/kiosk/nowhere/at/all")
            #expect(page.status == .notFound)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.text.contains(#"<h1 class="prompt">Cette page n&#39;existe pas.</h1>"#))
            #expect(page.text.contains(#"<a class="choice primary" href="/kiosk">Revenir au début</a>"#))
            #expect(!page.text.contains("error"))
        }
    }

    @Test func aResidentReadingArabicGetsTheRefusalInArabicRightToLeft() async throws {
        let harness = try KioskHarness()
        try harness.offerArabic([("step.foyer.text", "Combien de personnes vivent chez vous ?", "كم شخصًا يعيش معك؟")])
        try await harness.run { client async throws in
            let cookie = try #require(try await client.post("/kiosk/ar/start", ["procedure": "essai"]).cookie)
            let refused = try await client.post("/kiosk/step", ["action": "fly"], cookie: cookie)
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains(#"<html lang="ar" dir="rtl">"#))
            #expect(refused.text.contains(#"<h1 class="prompt">لم يفهم الجهاز الطلب.</h1>"#))
            #expect(try await client.get("/kiosk/ar/nowhere").text.contains("هذه الصفحة غير موجودة."))
        }
    }

    @Test func theKiosksOwnScriptStillGetsJSON() async throws {
        try await KioskHarness().run { client async throws in
            var headers = HTTPFields()
            headers[.accept] = "application/json"
            let answer = try await client.execute(uri: "/kiosk/nowhere", method: .get, headers: headers)
            #expect(answer.status == .notFound)
            #expect(answer.headers[.contentType] == "application/json; charset=utf-8")
        }
    }

    @Test func theLanguagePickerIsTitledByWhatItAsks() async throws {
        try await KioskHarness().run { client async throws in
            #expect(try await client.get("/kiosk").text.contains("<title>Choisissez votre langue · Ariane</title>"))
        }
    }
}
