import Foundation
import GuideServer
import HTTPTypes
import HummingbirdTesting
import Testing

/// The privacy page and the accessibility statement: in the resident's language, from every screen.
@Suite struct OwnPagesTests {
    @Test(
        "Both pages in each language",
        arguments: [
            ("privacy", "fr", "Vos données", "Ce qui est noté"), ("privacy", "en", "Your data", "What is written down"),
            ("privacy", "ar", "بياناتك", "ما يُسجَّل"), ("accessibility", "fr", "Accessibilité", "<strong>non conforme</strong>"),
            ("accessibility", "en", "Accessibility", "<strong>not compliant</strong>"), ("accessibility", "ar", "إمكانية الوصول", "<strong>غير مطابق</strong>"),
        ])
    func statement(name: String, language: String, title: String, part: String) async throws {
        let kiosk = try TouchKiosk()
        try await kiosk.run { client in
            let page = try await client.get("/kiosk/\(name)?lang=\(language)")
            #expect(page.status == .ok)
            #expect(page.text.contains(#"<html lang="\#(language)" dir="\#(language == "ar" ? "rtl" : "ltr")">"#))
            #expect(page.text.contains("<title>\(title) · Ariane</title>"))
            #expect(page.text.contains(#"<h1 class="prompt">\#(title)</h1>"#))
            #expect(page.text.contains(part))
        }
    }

    @Test func withoutLanguageInTheAddressThePageTakesTheSessions() async throws {
        try await TouchKiosk().run { client in
            let cookie = try await client.startCounting("ar")
            let privacy = try await client.get("/kiosk/privacy", cookie: cookie).text
            #expect(privacy.contains(#"<h1 class="prompt">بياناتك</h1>"#))
            // Back to the step the resident left; without a session, to the procedures.
            #expect(privacy.contains(#"<p><a class="choice primary" href="/kiosk/step"><span class="arrow" aria-hidden="true">←</span> رجوع</a></p>"#))
            let accessibility = try await client.get("/kiosk/accessibility").text
            #expect(accessibility.contains(#"<h1 class="prompt">Accessibilité</h1>"#))
            #expect(accessibility.contains(#"<p><a class="choice primary" href="/kiosk/fr"><span class="arrow" aria-hidden="true">←</span> Retour</a></p>"#))
        }
    }

    @Test func anUnknownLanguageGetsTheFrenchPage() async throws {
        try await TouchKiosk().run { client in
            let page = try await client.get("/kiosk/privacy?lang=xx")
            #expect(page.status == .ok)
            #expect(page.text.contains(#"<html lang="fr" dir="ltr">"#))
            #expect(page.text.contains(#"<h1 class="prompt">Vos données</h1>"#))
        }
    }

    @Test func theStatementSaysWhatWasTestedAndWhatWasNot() async throws {
        try await TouchKiosk().run { client in
            let statement = try await client.get("/kiosk/accessibility?lang=fr").text
            #expect(statement.contains("La borne Ariane est <strong>non conforme</strong> avec le RGAA 4.1"))
            #expect(statement.contains("axe-core"))
            #expect(statement.contains("Lecteur d'écran : <strong>pas testé</strong>."))
            #expect(statement.contains("Navigation au clavier : <strong>pas testée</strong> de bout en bout"))
            #expect(statement.contains("<h2>Voies de recours</h2>"))
        }
    }

    @Test func reachableFromEveryScreen() async throws {
        try await TouchKiosk().run { client in
            var pages = [("languages", try await client.get("/kiosk").text), ("procedures", try await client.get("/kiosk/ar").text)]
            let cookie = try await client.startCounting("ar")
            pages.append(("question", try await client.get("/kiosk/step", cookie: cookie).text))
            _ = try await client.post("/kiosk/step", [("action", "help")], cookie: cookie)
            pages.append(("help", try await client.get("/kiosk/help", cookie: cookie).text))
            _ = try await client.post("/kiosk/handoff", [], cookie: cookie)
            pages.append(("hand-off", try await client.get("/kiosk/handoff", cookie: cookie).text))
            pages.append(("not found", try await client.get("/kiosk/ar/nowhere").text))
            pages.append(("privacy", try await client.get("/kiosk/privacy?lang=ar").text))
            pages.append(("ended", try await client.get("/kiosk/ended?lang=ar").text))
            let linked = pages.map { name, html in
                "\(name): \(html.contains(#"<a href="/kiosk/privacy?lang=ar">بياناتك</a>"#)) \(html.contains(#"<a href="/kiosk/accessibility?lang=ar">إمكانية الوصول</a>"#))"
            }
            let french = ["languages"]
            #expect(linked == pages.map { name, _ in french.contains(name) ? "\(name): false false" : "\(name): true true" })
            #expect(pages[0].1.contains(#"<a href="/kiosk/privacy?lang=fr">Vos données</a>"#))
        }
    }
}
