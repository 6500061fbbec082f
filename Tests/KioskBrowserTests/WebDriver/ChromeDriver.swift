import Foundation

/// Headless Chromium behind Debian's chromedriver, with one WebDriver session.
struct ChromeDriver {
    static let driverPath = "/usr/bin/chromedriver"
    static let browserPath = "/usr/bin/chromium"

    /// Starts chromedriver on a free port and opens a browser window `width`×`height` CSS pixels.
    static func start(folder: URL, width: Int = 1280, height: Int = 1024) async throws -> (driver: ChildProcess, session: WebDriverSession) {
        let port = try freePort()
        let driver = try ChildProcess(driverPath, ["--port=\(port)"], log: folder.appendingPathComponent("chromedriver.log"))
        guard let root = URL(string: "http://127.0.0.1:\(port)") else { throw TestSetupError("bad port \(port)") }
        do {
            _ = try await eventually("chromedriver to answer on port \(port)") {
                try await WebDriverHTTP.send("GET", root.appendingPathComponent("status"))["ready"]?.bool == true ? true : nil
            }
            let profile = folder.appendingPathComponent("chromium-profile").path
            let options: JSONValue = [
                "binary": .string(browserPath),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    .string("--window-size=\(width),\(height)"), .string("--user-data-dir=\(profile)"),
                    "--autoplay-policy=no-user-gesture-required", "--mute-audio",
                ],
            ]
            let capabilities: JSONValue = ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]]
            let created = try await WebDriverHTTP.send("POST", root.appendingPathComponent("session"), capabilities)
            guard let id = created["sessionId"]?.string else {
                throw TestSetupError("chromedriver gave no session id: \(created)")
            }
            let session = WebDriverSession(base: root.appendingPathComponent("session").appendingPathComponent(id))
            try await session.setTimeouts(script: 60_000, pageLoad: 60_000)
            return (driver, session)
        } catch {
            let log = driver.output
            driver.stop()
            throw TestSetupError("headless Chromium did not start: \(error)\n\(log)")
        }
    }
}
