import Foundation
import Testing

/// A running server and a headless browser looking at it: what a resident at the kiosk sees.
struct Kiosk {
    let server: KioskServer
    let driver: ChromeDriver
    let browser: WebDriverSession

    /// Starts both, runs `body`, and stops both however `body` ends.
    /// `prepare` fills the server's data folder before it starts; `serverArguments` are added to `ariane serve`'s,
    /// `browserArguments` to Chromium's.
    static func run(
        idleSeconds: Int? = nil, serverArguments: [String] = [], browserArguments: [String] = [], width: Int = 1280, height: Int = 1024,
        prepare: (URL) async throws -> Void = { _ in }, _ body: (Kiosk) async throws -> Void
    ) async throws {
        try BrowserAvailability.requireBrowser()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try await prepare(folder.appendingPathComponent("data"))
        let server = try await KioskServer.start(folder: folder, idleSeconds: idleSeconds, arguments: serverArguments)
        defer { server.process.stop() }
        let driver = try await ChromeDriver.start(folder: folder)
        defer { driver.process.stop() }
        let browser = try await driver.openBrowser(profile: "kiosk", width: width, height: height, arguments: browserArguments)
        do {
            try await body(Kiosk(server: server, driver: driver, browser: browser))
        } catch {
            await browser.quit()
            throw TestSetupError("\(error)\nat \((try? await browser.currentURL()) ?? "?")\nserver output:\n\(server.process.output)")
        }
        await browser.quit()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Another screen on the same server, e.g. a worker's desk; its owner quits it.
    func anotherScreen(_ name: String) async throws -> Kiosk {
        Kiosk(server: server, driver: driver, browser: try await driver.openBrowser(profile: name))
    }

    func open(_ path: String) async throws {
        try await browser.navigate(to: server.root + path)
    }

    /// The path of the page on screen, e.g. `/kiosk/step`.
    func path() async throws -> String {
        URL(string: try await browser.currentURL())?.path ?? ""
    }

    /// Waits until the page's main heading reads `text`, for up to `timeout`.
    func waitForHeading(_ text: String, timeout: Duration = .seconds(15)) async throws {
        let expected = text.collapsingSpaces
        var seen = ""
        do {
            _ = try await eventually("the heading '\(expected)'", timeout: timeout) { () async throws -> Bool? in
                seen = try await browser.element("h1").text().collapsingSpaces
                return seen == expected ? true : nil
            }
        } catch {
            throw TestSetupError("\(error); the page says '\(seen)'")
        }
    }

    /// The rendered text of every element matching `selector`, in page order.
    func texts(_ selector: String) async throws -> [String] {
        var texts: [String] = []
        for element in try await browser.elements(selector) { texts.append(try await element.text().collapsingSpaces) }
        return texts
    }

    func click(_ selector: String) async throws {
        try await browser.element(selector).click()
    }

    /// A touch on an empty part of the screen: it restarts the page's timers, as a person reading would.
    func touchScreen() async throws {
        try await browser.execute("document.dispatchEvent(new PointerEvent('pointerdown'));")
    }

    /// Touches something that loads another page, and waits until the old page is gone.
    func submit(_ selector: String) async throws {
        try await newPage(after: "touching \(selector)") { try await click(selector) }
    }

    /// Does `action`, which loads another page, and waits until the old page is gone.
    func newPage(after what: String, _ action: () async throws -> Void) async throws {
        let page = try await browser.element("html")
        try await action()
        _ = try await eventually("a new page after \(what)") { () async throws -> Bool? in
            do {
                _ = try await page.attribute("lang")
                return nil
            } catch let error as WebDriverError where ["stale element reference", "no such element"].contains(error.error) {
                return true
            }
        }
    }

    /// A value the page's script computes, as a string.
    func script(_ body: String) async throws -> String {
        let value = try await browser.execute(body)
        return value.string ?? value.number.map { String($0) } ?? value.bool.map { String($0) } ?? "\(value)"
    }
}

extension String {
    /// Runs of white space as one space, trimmed: text as a person reads it on screen.
    var collapsingSpaces: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
