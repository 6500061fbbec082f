import Foundation
import Testing

extension KioskInBrowser {
    /// The analysts' dashboard in Chromium, on four weeks of simulated sessions of every shipped procedure.
    @Suite struct Dashboard {
        static let password = "un mot de passe assez long"
        /// A laptop and a desk screen.
        static let sizes = [(1366, 768), (1920, 1080)]

        /// Four weeks of sessions (2 to 29 November 2026) into the server's store before it starts.
        static func simulate(_ data: URL) async throws {
            _ = try await ChildProcess.output(
                of: KioskServer.ariane,
                [
                    "simulate", ShippedContent.procedures.path, "--sessions", "6000", "--seed", "13", "--start", "2026-11-02", "--days", "28", "--data",
                    data.path,
                ])
        }

        @Test("An analyst reads which step blocks whom on the first screen, moves between procedures, filters, compares two periods")
        func onePage() async throws {
            try await Kiosk.run(width: 1366, height: 768, prepare: Self.simulate) { kiosk in
                try await kiosk.server.addAccount("ana", role: "analyst", password: Self.password)
                try await kiosk.open("/dashboard")
                try await kiosk.waitForHeading("Se connecter")
                try await kiosk.browser.element("#name").type("ana")
                try await kiosk.browser.element("#password").type(Self.password)
                try await kiosk.submit("main form[action='/console/login'] button")
                try await kiosk.waitForHeading("Où les personnes sont bloquées · Toutes les démarches")
                try await check(kiosk, "dashboard-all")

                // From the procedures' list to one procedure: the view keeps its place in the URL.
                try await kiosk.submit("nav.procedures a[href='/dashboard?procedure=css']")
                let title = try await kiosk.texts("nav.procedures a[aria-current='page']").first ?? ""
                try await kiosk.waitForHeading("Où les personnes sont bloquées · Démarche « \(title) »")
                #expect(try await kiosk.browser.currentURL().hasSuffix("/dashboard?procedure=css"))
                try await check(kiosk, "dashboard-css")

                // A filter changes the view and stays in the URL and the form.
                try await kiosk.browser.element("#f-channel option[value='kiosk']").click()
                try await kiosk.submit("form.filters .go button")
                #expect(try await kiosk.browser.currentURL().contains("channel=kiosk"))
                #expect(try await kiosk.script("return document.querySelector('#f-channel').value") == "kiosk")
                #expect(try await kiosk.script("return document.querySelector('input[name=procedure]').value") == "css")

                // The questions in Arabic, right to left, ids unchanged.
                try await kiosk.open("/dashboard?procedure=css&lang=ar")
                #expect(try await kiosk.browser.elements("#stuck-table span[lang='ar'][dir='rtl']").count > 0)
                try await check(kiosk, "dashboard-css-ar")

                // "Did our change help?": the first two weeks against the last two, where people leave.
                try await kiosk.open("/dashboard?procedure=france-travail")
                try await kiosk.click("#comparer summary")
                try await kiosk.browser.element("#c-before-since").type("2026-11-02")
                try await kiosk.browser.element("#c-before-until").type("2026-11-15")
                try await kiosk.browser.element("#c-after-since").type("2026-11-16")
                try await kiosk.browser.element("#c-after-until").type("2026-11-29")
                try await kiosk.submit("form.compare .go button")
                let verdicts = try await kiosk.texts("table.comparison tbody td:last-child")
                #expect(!verdicts.isEmpty)
                #expect(verdicts.allSatisfy { ["La différence", "Aucune différence", "Pas de comparaison"].contains(where: $0.hasPrefix) }, "\(verdicts)")
                try await check(kiosk, "dashboard-compare", firstScreen: false)

                // A wrong day is said in French, on the page, with the form.
                try await kiosk.open("/dashboard?procedure=css&since=2026-02-30")
                #expect(try await kiosk.texts("p.notice").first?.hasPrefix("« Depuis le » attend un jour écrit AAAA-MM-JJ") == true)
                try await check(kiosk, "dashboard-error", firstScreen: false)
            }
        }

        /// At both sizes: the stuck table within the first screen (unless `firstScreen` is false), no
        /// serious or critical axe-core violation, and a screenshot when `ARIANE_SCREENSHOTS` is set.
        func check(_ kiosk: Kiosk, _ name: String, firstScreen: Bool = true) async throws {
            for (width, height) in Self.sizes {
                try await kiosk.browser.devTools(
                    "Emulation.setDeviceMetricsOverride",
                    ["width": .number(Double(width)), "height": .number(Double(height)), "deviceScaleFactor": 1, "mobile": false])
                _ = try await eventually("the window at \(width) px") {
                    try await kiosk.script("return String(window.innerWidth)") == String(width) ? true : nil
                }
                if firstScreen {
                    let bottom = try await kiosk.script(
                        "const t = document.querySelector('#stuck-table'); return t ? String(t.getBoundingClientRect().bottom) : 'none'")
                    #expect(Double(bottom).map { $0 <= Double(height) } == true, "\(name) at \(width)×\(height): the stuck table ends at \(bottom)")
                }
                let findings = try await Axe.seriousViolations(in: kiosk.browser)
                #expect(findings.isEmpty, "\(name) at \(width)×\(height): \(findings.joined(separator: "\n"))")
                if let folder = ProcessInfo.processInfo.environment["ARIANE_SCREENSHOTS"] {
                    try await Task.sleep(for: .milliseconds(300))
                    let png = try #require(try await kiosk.browser.command("GET", "screenshot").string.flatMap { Data(base64Encoded: $0) })
                    try png.write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(name)-\(width)x\(height).png"))
                }
            }
            try await kiosk.browser.devTools("Emulation.clearDeviceMetricsOverride", [:])
        }
    }
}
