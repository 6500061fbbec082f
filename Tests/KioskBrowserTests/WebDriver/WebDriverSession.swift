import Foundation

/// One browser driven over the W3C WebDriver protocol (https://www.w3.org/TR/webdriver2/): pages,
/// elements found by CSS selector, and scripts run in the page.
struct WebDriverSession: Sendable {
    /// `http://127.0.0.1:<port>/session/<id>`
    let base: URL

    func navigate(to url: String) async throws {
        _ = try await command("POST", "url", ["url": .string(url)])
    }

    func currentURL() async throws -> String {
        try await command("GET", "url").string ?? ""
    }

    /// The first element matching `selector`; throws `no such element` when there is none.
    func element(_ selector: String) async throws -> WebElement {
        try WebElement(session: self, reference: await command("POST", "element", ["using": "css selector", "value": .string(selector)]))
    }

    func elements(_ selector: String) async throws -> [WebElement] {
        let found = try await command("POST", "elements", ["using": "css selector", "value": .string(selector)])
        return try (found.array ?? []).map { try WebElement(session: self, reference: $0) }
    }

    /// Runs `script` as the body of a function in the page and returns what it returns.
    @discardableResult
    func execute(_ script: String, _ arguments: [JSONValue] = []) async throws -> JSONValue {
        try await command("POST", "execute/sync", ["script": .string(script), "args": .array(arguments)])
    }

    /// Runs `script`, which calls its last argument (a callback) with the result when it is done.
    func executeAsync(_ script: String, _ arguments: [JSONValue] = []) async throws -> JSONValue {
        try await command("POST", "execute/async", ["script": .string(script), "args": .array(arguments)])
    }

    /// How long scripts and page loads may take, in milliseconds.
    func setTimeouts(script: Int, pageLoad: Int) async throws {
        _ = try await command("POST", "timeouts", ["script": .number(Double(script)), "pageLoad": .number(Double(pageLoad))])
    }

    /// A Chrome DevTools command, through chromedriver's vendor endpoint.
    func devTools(_ name: String, _ parameters: JSONValue) async throws {
        _ = try await command("POST", "goog/cdp/execute", ["cmd": .string(name), "params": parameters])
    }

    /// Closes the browser.
    func quit() async {
        _ = try? await WebDriverHTTP.send("DELETE", base)
    }

    func command(_ method: String, _ path: String, _ body: JSONValue? = nil) async throws -> JSONValue {
        try await WebDriverHTTP.send(method, base.appendingPathComponent(path), body)
    }
}

/// A refusal from the driver, with the command that was refused.
struct WebDriverError: Error, CustomStringConvertible {
    var command: String
    var error: String
    var message: String

    var description: String { "\(command): \(error): \(message)" }
}

/// The wire format: JSON in, `{"value": …}` out.
enum WebDriverHTTP {
    static func send(_ method: String, _ url: URL, _ body: JSONValue? = nil) async throws -> JSONValue {
        // A POST always carries a JSON object, even when the command takes no parameters.
        let payload = try body.map { try JSONEncoder().encode($0) } ?? (method == "POST" ? Data("{}".utf8) : nil)
        let reply = try await LoopbackHTTP.send(method, url, body: payload)
        let answer = try JSONDecoder().decode(JSONValue.self, from: reply.body)
        let value = answer["value"] ?? .null
        if let error = value["error"]?.string {
            throw WebDriverError(command: "\(method) \(url.path)", error: error, message: value["message"]?.string ?? "")
        }
        return value
    }
}
