import Foundation

/// An element of the current page, as the driver knows it.
struct WebElement: Sendable {
    /// The key under which W3C WebDriver names an element.
    static let key = "element-6066-11e4-a52e-4f735466cecf"

    let session: WebDriverSession
    let id: String

    init(session: WebDriverSession, reference: JSONValue) throws {
        guard let id = reference[Self.key]?.string else {
            throw WebDriverError(command: "find element", error: "bad reply", message: "no element reference in \(reference)")
        }
        self.session = session
        self.id = id
    }

    /// The element as a script argument.
    var json: JSONValue { .object([Self.key: .string(id)]) }

    /// Clicks as a person would. On a loaded machine a page can still be settling (fonts, zoom) when
    /// the click comes and another element covers the point; the element is then scrolled into view
    /// and clicked once more, and as a last resort clicked by script.
    func click() async throws {
        do {
            _ = try await session.command("POST", "element/\(id)/click")
        } catch let error as WebDriverError where error.error == "element click intercepted" {
            _ = try await session.execute("arguments[0].scrollIntoView({block: 'center'});", [json])
            try await Task.sleep(for: .milliseconds(300))
            do {
                _ = try await session.command("POST", "element/\(id)/click")
            } catch let again as WebDriverError where again.error == "element click intercepted" {
                _ = try await session.execute("arguments[0].click();", [json])
            }
        }
    }

    /// Types `text` into a field.
    func type(_ text: String) async throws {
        _ = try await session.command("POST", "element/\(id)/value", ["text": .string(text)])
    }

    /// The text as rendered, as a person reads it.
    func text() async throws -> String {
        try await session.command("GET", "element/\(id)/text").string ?? ""
    }

    /// The name assistive technology announces, as Chromium computes it (WebDriver "Get Computed Label").
    func accessibleName() async throws -> String {
        try await session.command("GET", "element/\(id)/computedlabel").string ?? ""
    }

    func attribute(_ name: String) async throws -> String? {
        try await session.command("GET", "element/\(id)/attribute/\(name)").string
    }

    func isDisplayed() async throws -> Bool {
        try await session.command("GET", "element/\(id)/displayed").bool ?? false
    }
}
