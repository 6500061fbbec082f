import Foundation
import GuideServer
import HTTPTypes
import HummingbirdTesting
import Testing

/// The picker groups the shipped procedures by theme, each theme drawn, named and (with sound) spoken.
@Suite struct ThemePickerTests {
    static let order = ["sante", "argent", "logement", "travail", "papiers", "famille"]

    @Test(
        "The six themes come in their fixed order, each with its pictogram and name",
        arguments: [
            ("fr", ["Santé", "Argent", "Logement", "Travail", "Papiers", "Famille"]),
            ("ar", ["الصحة", "المال", "السكن", "العمل", "الوثائق", "العائلة"]),
        ])
    func shippedProceduresByTheme(language: String, names: [String]) async throws {
        let kiosk = try TouchKiosk()
        let shipped = TouchKiosk.repository.appendingPathComponent("procedures").path
        let locales = TouchKiosk.repository.appendingPathComponent("locales").path
        try await kiosk.run(procedures: shipped, locales: locales) { client in
            let page = try await client.get("/kiosk/\(language)").text
            let sections = page.matches(of: /<section class="theme" id="theme-([a-z]+)"/).map { String($0.1) }
            #expect(sections == Self.order)
            for (theme, name) in zip(Self.order, names) {
                #expect(
                    page.contains(
                        #"<h2 class="theme-name"><img src="/static/pictograms/theme-\#(theme).svg" alt="" width="48" height="48"><span id="theme-\#(theme)-name">\#(name)</span>"#
                    ))
                #expect(
                    page.contains(
                        ##"<a class="theme-tile" href="#theme-\##(theme)"><img src="/static/pictograms/theme-\##(theme).svg" alt="" width="64" height="64"><span>\##(name)</span></a>"##
                    ))
            }
            // The CSS procedure sits under health, housing aid under housing.
            let health = try #require(page.range(of: #"id="theme-sante""#))
            let money = try #require(page.range(of: #"id="theme-argent""#))
            let css = try #require(page.range(of: #"name="procedure" value="css""#))
            #expect(health.upperBound < css.lowerBound && css.upperBound < money.lowerBound)
            #expect(!page.contains("theme-other"))
        }
    }

    @Test func everyThemePictogramIsServedWithItsTitle() async throws {
        try await TouchKiosk().run { client in
            for (theme, title) in zip(Self.order + ["other"], ["Santé", "Argent", "Logement", "Travail", "Papiers", "Famille", "Autres démarches"]) {
                let picture = try await client.get("/static/pictograms/theme-\(theme).svg")
                #expect(picture.status == .ok)
                #expect(picture.text.contains(#"role="img" aria-labelledby="t"><title id="t">\#(title)</title>"#))
            }
        }
    }
}
