import Foundation
import GuideServer
import HummingbirdTesting
import Testing

/// One palette for every page: colours.css names each colour once, and the kiosk's and the console's
/// stylesheets only use those names.
@Suite struct StylesheetTests {
    /// The palette as it was when kiosk.css and console.css each carried a copy: the contrast ratios
    /// in colours.css (and the browser's axe-core audit) hold for these values.
    static let palette = [
        "--ink": "#1a1a1a", "--paper": "#ffffff", "--accent": "#0b4f9c", "--accent-ink": "#ffffff",
        "--soft": "#e8eef7", "--muted": "#4a4a4a", "--subtitle": "#3d3d3d", "--warn": "#8a3b00",
        "--warn-paper": "#fff4e5", "--ok": "#1b5e20", "--no": "#8e1b1b", "--focus": "#ffbf00",
        "--button-edge": "#5a6b80", "--card-edge": "#8a96a8", "--rule": "#c5ccd6", "--print-edge": "#999999",
        "--veil": "rgba(255, 255, 255, 0.97)",
    ]

    /// The `href`s of a page's stylesheets, in order.
    static func stylesheets(_ html: String) -> [String] {
        html.matches(of: /<link rel="stylesheet" href="([^"]+)">/).map { String($0.1) }
    }

    /// A stylesheet without its comments.
    static func rules(_ css: String) -> String {
        css.replacing(/\/\*[\s\S]*?\*\//, with: "")
    }

    @Test func kioskConsoleAndDashboardPagesLinkThePaletteFirst() async throws {
        try await ConsoleHarness().run { client async throws in
            for uri in ["/kiosk", "/kiosk/fr"] {
                #expect(Self.stylesheets(try await client.get(uri).text) == ["/static/colours.css", "/static/kiosk.css"], "\(uri)")
            }
            let start = try await client.post("/kiosk/fr/start", ["procedure": "essai"])
            #expect(Self.stylesheets(try await client.get("/kiosk/step", cookie: start.cookie).text) == ["/static/colours.css", "/static/kiosk.css"])
            #expect(Self.stylesheets(try await client.get("/console/login").text) == ["/static/colours.css", "/static/console.css"])
            let analyst = try await client.signIn("ana")
            #expect(Self.stylesheets(try await analyst.get(client, "/console").text) == ["/static/colours.css", "/static/console.css"])
            // The dashboard adds its own layout (procedures beside the report) after the console's.
            #expect(
                Self.stylesheets(try await analyst.get(client, "/dashboard").text)
                    == ["/static/colours.css", "/static/console.css", "/static/dashboard.css"])
        }
    }

    @Test func thePaletteIsServedAndIsTheOnlyPlaceWithColours() async throws {
        try await KioskHarness().run { client async throws in
            let colours = try await client.get("/static/colours.css")
            #expect(colours.status == .ok)
            #expect(colours.headers[.contentType]?.hasPrefix("text/css") == true)
            var defined: [String: String] = [:]
            for match in Self.rules(colours.text).matches(of: /(--[a-z-]+):\s*([^;]+);/) { defined[String(match.1)] = String(match.2) }
            #expect(defined == Self.palette)
            for sheet in ["/static/kiosk.css", "/static/console.css"] {
                let css = try await client.get(sheet)
                #expect(css.status == .ok)
                let rules = Self.rules(css.text)
                let used = Set(rules.matches(of: /var\((--[a-z-]+)\)/).map { String($0.1) })
                #expect(!used.isEmpty && used.isSubset(of: defined.keys), "\(sheet) uses \(used.subtracting(defined.keys))")
                #expect(rules.matches(of: /#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(/).isEmpty, "\(sheet) writes a colour itself")
                #expect(rules.matches(of: /--[a-z-]+\s*:/).isEmpty, "\(sheet) names a colour itself")
            }
        }
    }
}
