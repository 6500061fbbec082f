import Foundation
import GuideServer
import HTTPTypes
import HummingbirdTesting
import Testing

/// Text size and contrast belong to one session: kept from page to page, gone when it ends.
@Suite struct DisplayChoiceTests {
    @Test func offeredOnlyDuringASession() async throws {
        try await TouchKiosk().run { client in
            let languages = try await client.get("/kiosk").text
            #expect(!languages.contains(#"action="/kiosk/display""#))
            #expect(languages.contains(#"<html lang="fr" dir="ltr">"#))
            let cookie = try await client.startCounting()
            let step = try await client.get("/kiosk/step", cookie: cookie).text
            #expect(step.contains(#"<form method="post" action="/kiosk/display" class="display-controls">"#))
            #expect(step.contains(#"<input type="hidden" name="back" value="/kiosk/step">"#))
            #expect(
                step.contains(
                    #"<button class="secondary size-normal" name="textSize" value="normal" aria-pressed="true"><span aria-hidden="true">A</span><span class="visually-hidden">Texte normal</span></button>"#
                ))
            // "A+" stays "A+" in Arabic.
            #expect(step.contains(#"<span aria-hidden="true" dir="ltr">A+</span>"#))
            #expect(step.contains(#"name="contrast" value="high" aria-pressed="false">Contraste fort</button>"#))
        }
    }

    @Test func keptFromPageToPageThenForgottenAtTheEnd() async throws {
        let kiosk = try TouchKiosk()
        try await kiosk.run { client in
            let cookie = try await client.startCounting()
            let larger = try await client.post("/kiosk/display", [("textSize", "largest"), ("back", "/kiosk/step")], cookie: cookie)
            #expect(larger.status == .seeOther)
            #expect(larger.location == "/kiosk/step")
            _ = try await client.post("/kiosk/display", [("contrast", "high"), ("back", "/kiosk/step")], cookie: cookie)
            _ = try await client.post("/kiosk/step", [("action", "answer"), ("value", "3")], cookie: cookie)
            let next = try await client.get("/kiosk/step", cookie: cookie).text
            #expect(next.contains(#"<html lang="fr" dir="ltr" class="text-largest contrast-high">"#))
            #expect(next.contains(#"<link rel="stylesheet" href="/static/high-contrast.css">"#))
            #expect(next.contains(#"name="textSize" value="largest" aria-pressed="true""#))
            #expect(next.contains(#"name="contrast" value="high" aria-pressed="true""#))
            // The kiosk's own pages keep it too while the session runs.
            #expect(try await client.get("/kiosk/privacy", cookie: cookie).text.contains(#"class="text-largest contrast-high""#))

            _ = try await client.post("/kiosk/restart", [], cookie: cookie)
            #expect(!(try await client.get("/kiosk/step", cookie: cookie).text.contains("text-largest")))
            let nextPerson = try await client.startCounting()
            let fresh = try await client.get("/kiosk/step", cookie: nextPerson).text
            #expect(fresh.contains(#"<html lang="fr" dir="ltr">"#))
            #expect(!fresh.contains("high-contrast.css"))
            #expect(fresh.contains(#"name="textSize" value="normal" aria-pressed="true""#))
        }
    }

    @Test(
        "The buttons come back only to a kiosk page",
        arguments: [
            ("/kiosk/help", "/kiosk/help"), ("//elsewhere.example/kiosk", "/kiosk/step"), ("https://elsewhere.example/", "/kiosk/step"),
            ("/kiosk//x", "/kiosk/step"),
        ])
    func backOnlyToTheKiosk(back: String, expected: String) async throws {
        try await TouchKiosk().run { client in
            let cookie = try await client.startCounting()
            #expect(try await client.post("/kiosk/display", [("textSize", "larger"), ("back", back)], cookie: cookie).location == expected)
        }
    }

    @Test func withoutASessionNothingIsKept() async throws {
        try await TouchKiosk().run { client in
            let refused = try await client.post("/kiosk/display", [("textSize", "larger")])
            #expect(refused.location == "/kiosk")
            #expect(try await client.get("/kiosk").text.contains(#"<html lang="fr" dir="ltr">"#))
        }
    }

    @Test func anUnknownSizeIsARefusalPageInTheSessionsLanguage() async throws {
        try await TouchKiosk().run { client in
            let cookie = try await client.startCounting("ar")
            let refused = try await client.post("/kiosk/display", [("textSize", "huge")], cookie: cookie)
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains(#"<html lang="ar" dir="rtl">"#))
            #expect(refused.text.contains(#"<h1 class="prompt">لم يفهم الجهاز الطلب.</h1>"#))
        }
    }
}
