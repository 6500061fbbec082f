import Foundation
import ProcedureModel
import Testing

extension KioskInBrowser {
    /// Issue 12, items 7 to 10, in a real browser: the keypad, whole numbers, themes, text size and
    /// contrast for one session, the kiosk's own pages, the three faces, and addresses kept left to
    /// right in Arabic. Every new page passes axe-core; with `KIOSK_SCREENSHOTS=<folder>` each is also
    /// photographed at kiosk (1080×1920) and desk (1366×768) sizes.
    @Suite struct Touch {
        static let procedure = "france-travail"
        static let wholeNumberRefusal = [
            "fr": "Écrivez un nombre entier, sans virgule : on compte 1, 2, 3…", "ar": "اكتب عددًا صحيحًا بدون فاصلة: نعدّ 1، 2، 3…",
        ]

        @Test("Themes, keypad, whole numbers, display, faces and own pages", arguments: ["fr", "ar"])
        func residentByTouch(language: String) async throws {
            let content = try ShippedContent.loaded.get()
            try #require(content.offers(language), "the kiosk does not offer '\(language)'")
            let word = { (id: String) in content.word(id, language) }
            var findings: [String] = []
            try await Kiosk.run { kiosk in
                // The picker, grouped by theme.
                try await kiosk.open("/kiosk/\(language)")
                try await kiosk.waitForHeading(word("kiosk.chooseProcedure"))
                let themes = ["kiosk.themeSante", "kiosk.themeArgent", "kiosk.themeLogement", "kiosk.themeTravail", "kiosk.themePapiers", "kiosk.themeFamille"]
                #expect(try await kiosk.texts("h2.theme-name span") == themes.map(word))
                findings += try await kiosk.audit("themes")
                try await kiosk.photograph("themes", language)

                // The number step: keys type into the field; no comma for a count.
                try await kiosk.submit("form:has(input[name='procedure'][value='\(Self.procedure)']) button")
                try await kiosk.submit("main button[name='action'][value='continue']")
                _ = try await eventually("the keypad shown by its script") {
                    try await kiosk.browser.element(".keypad").isDisplayed() ? true : nil
                }
                #expect(try await kiosk.browser.elements(".keypad button[data-key=',']").isEmpty)
                for key in ["4", "2", "5"] { try await kiosk.click(".keypad button[data-key='\(key)']") }
                try await kiosk.click(".keypad button[data-erase]")
                #expect(try await kiosk.script("return document.getElementById('number-field').value") == "42")
                findings += try await kiosk.audit("number step")
                try await kiosk.photograph("number-step", language)

                // Text size and contrast, kept from page to page within the session.
                let normalSize = try await kiosk.script("return getComputedStyle(document.documentElement).fontSize")
                try await kiosk.submit("button[name='textSize'][value='largest']")
                try await kiosk.submit("button[name='contrast'][value='high']")
                #expect(try await kiosk.script("return document.documentElement.className") == "text-largest contrast-high")
                #expect(try await kiosk.script("return getComputedStyle(document.documentElement).fontSize") == "32px")
                #expect(normalSize == "20px")
                #expect(try await kiosk.script("return getComputedStyle(document.body).backgroundColor") == "rgb(0, 0, 0)")
                findings += try await kiosk.audit("number step, largest text, high contrast")
                try await kiosk.photograph("number-step-high-contrast", language)

                // "2,5" is refused with its own words; then 1 and 0 on the keys: ten years old.
                try await kiosk.browser.execute("document.getElementById('number-field').value = '2,5';")
                try await kiosk.submit("main button[name='action'][value='answer']")
                #expect(try await kiosk.texts("p.notice").first == Self.wholeNumberRefusal[language])
                for key in ["1", "0"] { try await kiosk.click(".keypad button[data-key='\(key)']") }
                try await kiosk.submit("main button[name='action'][value='answer']")

                // The outcome keeps the display; the faces, one tap, thanks.
                #expect(try await kiosk.script("return document.documentElement.className") == "text-largest contrast-high")
                try await kiosk.submit("button[name='contrast'][value='normal']")
                try await kiosk.submit("button[name='textSize'][value='normal']")
                #expect(try await kiosk.texts("#feedback-question").first == word("kiosk.didThisHelp"))
                let faces = try await kiosk.browser.elements(".faces button")
                var names: [String] = []
                for face in faces { names.append(try await face.accessibleName()) }
                #expect(names == ["kiosk.feedbackGood", "kiosk.feedbackNeutral", "kiosk.feedbackBad"].map(word))
                findings += try await kiosk.audit("outcome with faces")
                try await kiosk.photograph("feedback", language)

                // A web address stays left to right, even in Arabic: its first letter is drawn left of its last.
                let order = try await kiosk.script(
                    """
                    const url = document.querySelector('.help-points bdi.url');
                    if (!url) { return 'no address'; }
                    const text = url.firstChild, range = document.createRange();
                    range.setStart(text, 0); range.setEnd(text, 1);
                    const first = range.getBoundingClientRect().left;
                    range.setStart(text, text.length - 1); range.setEnd(text, text.length);
                    const last = range.getBoundingClientRect().left;
                    return getComputedStyle(url).direction + ' ' + (first < last ? 'left to right' : 'right to left');
                    """)
                #expect(order == "ltr left to right")

                try await kiosk.submit(".faces button[value='good']")
                #expect(try await kiosk.texts("p.thanks").first == word("kiosk.feedbackThanks"))
                #expect(try await kiosk.browser.elements(".faces").isEmpty)

                // The kiosk's own pages, from the link at the foot of the screen.
                try await kiosk.submit("footer a[href^='/kiosk/privacy']")
                try await kiosk.waitForHeading(word("kiosk.privacy"))
                findings += try await kiosk.audit("privacy")
                try await kiosk.photograph("privacy", language)
                try await kiosk.submit("footer a[href^='/kiosk/accessibility']")
                try await kiosk.waitForHeading(word("kiosk.accessibility"))
                findings += try await kiosk.audit("accessibility")
                try await kiosk.photograph("accessibility", language)

                // The end: nothing of the display is left for the next person.
                try await kiosk.open("/kiosk/step")
                try await kiosk.submit("main button[name='action'][value='finish']")
                try await kiosk.waitForHeading(word("kiosk.thankYou"))
                try await kiosk.open("/kiosk/\(language)")
                try await kiosk.submit("form:has(input[name='procedure'][value='\(Self.procedure)']) button")
                #expect(try await kiosk.script("return document.documentElement.className") == "")
                #expect(try await kiosk.script("return getComputedStyle(document.documentElement).fontSize") == "20px")

                let feedback = try await kiosk.server.events().filter { $0.kind == .feedback }
                #expect(
                    feedback.map { "\($0.procedure) \($0.step ?? "-") \($0.value ?? "-") \($0.locale)" } == [
                        "\(Self.procedure) fin-trop-jeune good \(language)"
                    ])
            }
            #expect(findings.isEmpty, "\(findings.count) problems in \(language):\n\(findings.joined(separator: "\n"))")
        }
    }
}

extension Kiosk {
    /// With `KIOSK_SCREENSHOTS` set, the page at kiosk (1080×1920) and desk (1366×768) sizes, as PNGs
    /// named `<page>-<language>-<size>.png` in that folder.
    func photograph(_ page: String, _ language: String) async throws {
        guard let folder = ProcessInfo.processInfo.environment["KIOSK_SCREENSHOTS"] else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (size, width, height) in [("kiosk", 1080, 1920), ("desk", 1366, 768)] {
            try await browser.devTools(
                "Emulation.setDeviceMetricsOverride",
                ["width": .number(Double(width)), "height": .number(Double(height)), "deviceScaleFactor": 1, "mobile": false])
            try await Task.sleep(for: .milliseconds(300))
            let png = try await browser.command("GET", "screenshot").string ?? ""
            guard let data = Data(base64Encoded: png) else { throw TestSetupError("no screenshot of \(page)") }
            try data.write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(page)-\(language)-\(size).png"))
        }
        try await browser.devTools("Emulation.clearDeviceMetricsOverride", [:])
        try await Task.sleep(for: .milliseconds(300))
    }
}
