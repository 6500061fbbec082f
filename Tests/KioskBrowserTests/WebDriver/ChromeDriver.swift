import Foundation

/// Debian's chromedriver, which opens headless Chromium windows on request.
struct ChromeDriver {
    static let driverPath = "/usr/bin/chromedriver"
    static let browserPath = "/usr/bin/chromium"

    let process: ChildProcess
    /// `http://127.0.0.1:<port>`
    let root: URL
    let folder: URL

    /// Starts chromedriver on a free port and waits until it is ready.
    static func start(folder: URL) async throws -> ChromeDriver {
        let port = try freePort()
        guard let root = URL(string: "http://127.0.0.1:\(port)") else { throw TestSetupError("bad port \(port)") }
        let process = try ChildProcess(driverPath, ["--port=\(port)"], log: folder.appendingPathComponent("chromedriver.log"))
        do {
            _ = try await eventually("chromedriver to answer on port \(port)", timeout: .seconds(30)) {
                try await WebDriverHTTP.send("GET", root.appendingPathComponent("status"))["ready"]?.bool == true ? true : nil
            }
        } catch {
            let log = process.output
            process.stop()
            throw TestSetupError("chromedriver did not start: \(error)\n\(log)")
        }
        return ChromeDriver(process: process, root: root, folder: folder)
    }

    /// Opens a browser window `width`×`height` CSS pixels with its own profile (cookies), named `profile`.
    /// `arguments` are added to Chromium's, for one test's needs (a fake microphone).
    func openBrowser(profile: String, width: Int = 1280, height: Int = 1024, arguments: [String] = []) async throws -> WebDriverSession {
        let standard = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=\(width),\(height)",
            "--user-data-dir=\(folder.appendingPathComponent("profile-\(profile)").path)", "--mute-audio",
        ]
        let options: JSONValue = [
            "binary": .string(Self.browserPath),
            "args": .array((standard + arguments).map { .string($0) }),
        ]
        let capabilities: JSONValue = ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]]
        do {
            let created = try await WebDriverHTTP.send("POST", root.appendingPathComponent("session"), capabilities)
            guard let id = created["sessionId"]?.string else { throw TestSetupError("chromedriver gave no session id: \(created)") }
            let session = WebDriverSession(base: root.appendingPathComponent("session").appendingPathComponent(id))
            try await session.setTimeouts(script: 60_000, pageLoad: 60_000)
            return session
        } catch {
            throw TestSetupError("headless Chromium did not start: \(error)\n\(process.output)")
        }
    }
}
