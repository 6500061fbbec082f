import Foundation
import ProcedureModel
import Testing

extension KioskInBrowser {
    /// The take-home sheet and carrying a session on to a phone, as Chromium draws them: the QR codes
    /// on screen read back (zbarimg) to their addresses, and axe-core finds nothing serious.
    @Suite struct TakeHome {
        @Test("The sheet from the outcome, then the session carried on to a phone", arguments: ["fr", "ar"])
        func sheetThenPhone(_ language: String) async throws {
            let (content, walk) = try ShippedContent.cssWalk()
            let word = { (name: String) in content.word("kiosk.\(name)", language) }
            try await Kiosk.run { kiosk in
                try await kiosk.open("/kiosk")
                let tour = KioskWalk(kiosk: kiosk, walk: walk, content: content, language: language)
                try await tour.chooseLanguage()
                try await tour.chooseProcedure()
                try await tour.follow()
                try await kiosk.screenshots("outcome-\(language)")
                var findings = try await kiosk.audit("outcome with the take-home box")

                // The sheet: its QR codes read back to the addresses printed beside them.
                try await kiosk.submit("a[href='/kiosk/sheet']")
                try await kiosk.waitForHeading(word("sheetTitle"))
                try await kiosk.screenshots("sheet-\(language)")
                let beside = try await kiosk.browser.elements("main ul.places a.url, main ul.links a.url")
                let codes = try await kiosk.browser.elements("main svg.qr")
                #expect(!codes.isEmpty && codes.count == beside.count)
                for (code, link) in zip(codes, beside) {
                    #expect(try await kiosk.readQR(code) == link.attribute("href"))
                }
                findings += try await kiosk.audit("sheet")

                // Back to the outcome: its QR code opens the session on the phone.
                try await kiosk.submit("main form[action='/kiosk/step'][method='get'] button")
                let carry = try await kiosk.readQR(try await kiosk.browser.element("main .take-home svg.qr"))
                #expect(carry.wholeMatch(of: /http:\/\/127\.0\.0\.1:\d+\/kiosk\/carry\/[0-9a-f]{32}/) != nil, "read \(carry)")
                let phone = try await kiosk.phone("phone")
                do {
                    try await phone.browser.navigate(to: carry)
                    try await phone.waitForHeading(word("carryConfirm"))
                    try await phone.screenshots("phone-carry-\(language)", sizes: [(390, 844)])
                    findings += try await phone.audit("carry-on confirmation")
                    try await phone.submit("main form button")
                    _ = try await eventually("the outcome on the phone") { try await phone.texts("p.explanation").isEmpty ? nil : true }
                    try await phone.submit("a[href='/kiosk/sheet']")
                    try await phone.waitForHeading(word("sheetTitle"))
                    try await phone.screenshots("phone-sheet-\(language)", sizes: [(390, 844)])
                } catch {
                    await phone.browser.quit()
                    throw error
                }
                await phone.browser.quit()

                // The kiosk frees itself; a second phone scanning the same code is refused.
                _ = try await eventually("the kiosk back at the welcome screen", timeout: .seconds(30)) {
                    try await kiosk.path() == "/kiosk" ? true : nil
                }
                #expect(try await !kiosk.script("return document.body.innerText").contains(walk.procedure))
                let second = try await kiosk.phone("second-phone")
                do {
                    try await second.browser.navigate(to: carry)
                    try await second.waitForHeading(word("carryRefused"))
                    findings += try await second.audit("carry-on refused")
                } catch {
                    await second.browser.quit()
                    throw error
                }
                await second.browser.quit()
                #expect(findings.isEmpty, "\(findings.joined(separator: "\n"))")
            }
        }
    }
}

extension Kiosk {
    /// A phone-sized browser (390×844) with its own cookies, on the same server; its owner quits it.
    func phone(_ name: String) async throws -> Kiosk {
        Kiosk(server: server, driver: driver, browser: try await driver.openBrowser(profile: name, width: 390, height: 844))
    }

    /// The text of the QR code `element` as Chromium drew it: a screenshot of the element, read by zbarimg.
    func readQR(_ element: WebElement) async throws -> String {
        _ = try await browser.execute("arguments[0].scrollIntoView({block: 'center'});", [element.json])
        let png = try #require(try await browser.command("GET", "element/\(element.id)/screenshot").string.flatMap { Data(base64Encoded: $0) })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-qr-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: file) }
        try png.write(to: file)
        let output = try await ChildProcess.output(of: "/usr/bin/zbarimg", ["--raw", "-q", file.path])
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// With `ARIANE_SCREENSHOTS=<folder>`, the page on screen at kiosk and laptop sizes (or `sizes`),
    /// and as printed, into that folder, for a person to look at; nothing otherwise.
    func screenshots(_ name: String, sizes: [(Int, Int)] = [(1080, 1920), (1366, 768)]) async throws {
        guard let folder = ProcessInfo.processInfo.environment["ARIANE_SCREENSHOTS"] else { return }
        for (width, height) in sizes {
            try await browser.devTools(
                "Emulation.setDeviceMetricsOverride",
                ["width": .number(Double(width)), "height": .number(Double(height)), "deviceScaleFactor": 1, "mobile": .bool(width < 500)])
            try await save(folder, "\(name)-\(width)x\(height).png")
        }
        try await browser.devTools("Emulation.setEmulatedMedia", ["media": "print"])
        try await browser.devTools("Emulation.setDeviceMetricsOverride", ["width": 794, "height": 1123, "deviceScaleFactor": 1, "mobile": false])
        try await save(folder, "\(name)-print-a4.png")
        if let pdf = try await browser.command("POST", "print", ["page": ["width": .number(21.0), "height": .number(29.7)], "background": true]).string.flatMap(
            { Data(base64Encoded: $0) })
        {
            try pdf.write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(name).pdf"))
        }
        try await browser.devTools("Emulation.setEmulatedMedia", ["media": ""])
        try await browser.devTools("Emulation.clearDeviceMetricsOverride", [:])
    }

    private func save(_ folder: String, _ file: String) async throws {
        try await Task.sleep(for: .milliseconds(300))
        let shot = try await browser.command("GET", "screenshot")
        guard let png = shot.string.flatMap({ Data(base64Encoded: $0) }) else { throw TestSetupError("no screenshot for \(file)") }
        try png.write(to: URL(fileURLWithPath: folder).appendingPathComponent(file))
    }
}
