import Foundation
import GuideServer
import Hummingbird
import HummingbirdTesting
import Testing

/// Every listen control shows the drawn speaker (never an emoji, which a kiosk without an emoji font
/// shows as an empty box) and is named in words, in the language it speaks.
@Suite struct KioskListenTests {
    static let speaker = #"<svg class="icon" aria-hidden="true"><use href="/static/pictograms/listen.svg#speaker"/></svg>"#

    /// The fixture procedure partly in Arabic: its title, first question, one answer and its help.
    static let arabic: [XLIFF.Unit] = [
        ("procedure.title", "Démarche d'essai", "إجراء تجريبي"),
        ("step.foyer.text", "Combien de personnes vivent chez vous ?", "كم شخصًا يعيش في بيتك؟"),
        ("step.foyer.choice.2+.text", "2 personnes ou plus", "شخصان أو أكثر"),
        ("step.foyer.help", "Comptez-vous aussi.", "احسب نفسك أيضًا."),
    ]

    @Test func eachLanguageOnThePickerIsOfferedInItsOwnWords() async throws {
        let harness = try KioskHarness(voices: true)
        try harness.offerArabic(Self.arabic)
        try await harness.run { client async throws in
            let page = try await client.get("/kiosk").text
            #expect(
                page.contains(
                    #"<button type="button" class="listen small" data-audio="/kiosk/say/fr/languageName" aria-label="Écouter : Français">\#(Self.speaker)</button>"#
                ))
            #expect(
                page.contains(
                    #"<button type="button" class="listen small" data-audio="/kiosk/say/ar/languageName" aria-label="استماع: العربية">\#(Self.speaker)</button>"#
                ))
        }
    }

    @Test func frenchListenControlsSayEcouter() async throws {
        try await KioskHarness(voices: true).run { client async throws in
            let procedures = try await client.get("/kiosk/fr").text
            #expect(
                procedures.contains(
                    #"<button type="button" class="listen small" data-audio="/kiosk/audio/fr/essai" aria-label="Écouter : Démarche d&#39;essai">\#(Self.speaker)</button>"#
                ))
            let cookie = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            let step = try await client.get("/kiosk/step", cookie: cookie).text
            #expect(
                step.contains(
                    #"<button class="listen" name="action" value="listen" data-audio="/kiosk/audio/fr/essai/foyer">\#(Self.speaker) Écouter</button>"#))
            #expect(
                step.contains(
                    #"<a class="listen small" href="/kiosk/audio/fr/essai/foyer/choice/2%2B" data-audio="/kiosk/audio/fr/essai/foyer/choice/2%2B" aria-label="Écouter : 2 personnes ou plus">\#(Self.speaker)</a>"#
                ))
            #expect(step.contains(#"<button class="secondary help" name="action" value="help"><span aria-hidden="true">?</span> Je ne comprends pas</button>"#))
            _ = try await client.post("/kiosk/step", ["action": "help"], cookie: cookie)
            let help = try await client.get("/kiosk/help", cookie: cookie).text
            #expect(help.contains(#"<button type="button" class="listen" data-audio="/kiosk/audio/fr/essai/foyer/help">\#(Self.speaker) Écouter</button>"#))
            _ = try await client.post("/kiosk/step", ["action": "answer", "value": "2+"], cookie: cookie)
            let outcome = try await client.get("/kiosk/step", cookie: cookie).text
            #expect(outcome.contains(#"<button type="button" class="listen" data-audio="/kiosk/audio/fr/essai/refus">\#(Self.speaker) Écouter</button>"#))
        }
    }

    @Test func arabicListenControlsSayIstimaa() async throws {
        let harness = try KioskHarness(voices: true)
        try harness.offerArabic(Self.arabic)
        try await harness.run { client async throws in
            let procedures = try await client.get("/kiosk/ar").text
            #expect(
                procedures.contains(
                    #"<button type="button" class="listen small" data-audio="/kiosk/audio/ar/essai" aria-label="استماع: إجراء تجريبي">\#(Self.speaker)</button>"#
                ))
            let cookie = try await client.post("/kiosk/ar/start", ["procedure": "essai"]).cookie
            let step = try await client.get("/kiosk/step", cookie: cookie).text
            #expect(step.contains(#"<html lang="ar" dir="rtl">"#))
            #expect(
                step.contains(#"<button class="listen" name="action" value="listen" data-audio="/kiosk/audio/ar/essai/foyer">\#(Self.speaker) استماع</button>"#)
            )
            #expect(
                step.contains(
                    #"<a class="listen small" href="/kiosk/audio/ar/essai/foyer/choice/2%2B" data-audio="/kiosk/audio/ar/essai/foyer/choice/2%2B" aria-label="استماع: شخصان أو أكثر">\#(Self.speaker)</a>"#
                ))
            // The help button's mark is the Arabic question mark, and is not part of its name.
            #expect(step.contains(#"<button class="secondary help" name="action" value="help"><span aria-hidden="true">؟</span> "#))
            _ = try await client.post("/kiosk/step", ["action": "help"], cookie: cookie)
            let help = try await client.get("/kiosk/help", cookie: cookie).text
            #expect(help.contains(#"<button type="button" class="listen" data-audio="/kiosk/audio/ar/essai/foyer/help">\#(Self.speaker) استماع</button>"#))
        }
    }

    @Test("No kiosk page holds an emoji, and every listen control carries the speaker", arguments: ["fr", "ar"])
    func noEmojiAnywhere(language: String) async throws {
        let harness = try KioskHarness(voices: true)
        try harness.offerArabic(Self.arabic)
        try await harness.run { client async throws in
            var pages = [("languages", try await client.get("/kiosk").text), ("procedures", try await client.get("/kiosk/\(language)").text)]
            let cookie = try await client.post("/kiosk/\(language)/start", ["procedure": "essai"]).cookie
            pages.append(("question", try await client.get("/kiosk/step", cookie: cookie).text))
            _ = try await client.post("/kiosk/step", ["action": "help"], cookie: cookie)
            pages.append(("help", try await client.get("/kiosk/help", cookie: cookie).text))
            _ = try await client.post("/kiosk/handoff", [:], cookie: cookie)
            pages.append(("hand-off", try await client.get("/kiosk/handoff", cookie: cookie).text))
            _ = try await client.post("/kiosk/step", ["action": "answer", "value": "2+"], cookie: cookie)
            pages.append(("outcome", try await client.get("/kiosk/step", cookie: cookie).text))
            let ended = try #require(try await client.post("/kiosk/step", ["action": "finish"], cookie: cookie).location)
            pages.append(("thank you", try await client.get(ended).text))

            let emoji = pages.map { name, html in "\(name): \(Self.emoji(in: html))" }
            #expect(emoji == pages.map { name, _ in "\(name): " })
            let speakers = pages.map { name, html in "\(name): \(Self.count(Self.speaker, in: html)) of \(Self.listenControls(in: html))" }
            #expect(
                speakers == [
                    "languages: 2 of 2", "procedures: 2 of 2", "question: 4 of 4", "help: 2 of 2", "hand-off: 2 of 2",
                    "outcome: 2 of 2", "thank you: 0 of 0",
                ])
        }
    }

    @Test func theSpeakerIsServedAndCachedLikeTheOtherStaticFiles() async throws {
        try await KioskHarness().run { client async throws in
            let icon = try await client.get("/static/pictograms/listen.svg")
            #expect(icon.status == .ok)
            #expect(icon.headers[.contentType] == "image/svg+xml")
            #expect(icon.text.contains(#"<symbol id="speaker" viewBox="0 0 24 24">"#))
            // Drawn in the button's colour only, so that focus and pressed styles recolour it.
            #expect(icon.text.contains(#"fill="currentColor""#) && icon.text.contains(#"stroke="currentColor""#))
            #expect(icon.text.firstMatch(of: /="#[0-9a-fA-F]{3,6}"/) == nil)
            let pictogram = try await client.get("/static/pictograms/family.svg")
            #expect(Set(icon.headers.map(\.name)) == Set(pictogram.headers.map(\.name)))
            let tag = try #require(icon.headers[.eTag])
            #expect(icon.headers[.lastModified] != nil)
            // Checked again on every use, so an updated kiosk never keeps an old file.
            for file in ["pictograms/listen.svg", "kiosk.css", "kiosk.js", "colours.css"] {
                #expect(try await client.get("/static/\(file)").headers[.cacheControl] == "no-cache", "\(file)")
            }
            var unchanged = HTTPFields()
            unchanged[.ifNoneMatch] = tag
            let again = try await client.execute(uri: "/static/pictograms/listen.svg", method: .get, headers: unchanged)
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)
        }
    }

    /// The characters a browser draws as colour emoji by default, or is told to.
    static func emoji(in html: String) -> String {
        String(String.UnicodeScalarView(html.unicodeScalars.filter { $0.properties.isEmojiPresentation || $0 == "\u{FE0F}" }))
    }

    static func count(_ fragment: String, in html: String) -> Int {
        html.ranges(of: fragment).count
    }

    /// Listen buttons and links: class `listen`, or `listen small` beside an answer or a name.
    static func listenControls(in html: String) -> Int {
        count(#"class="listen""#, in: html) + count(#"class="listen small""#, in: html)
    }
}
