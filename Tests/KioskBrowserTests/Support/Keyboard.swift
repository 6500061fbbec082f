import Foundation

/// Keys pressed on the page as a person at a keyboard presses them (W3C WebDriver "Perform Actions"),
/// wherever the focus is: nothing is clicked or focused by the test. Counts every key pressed.
final class Keyboard: @unchecked Sendable {
    /// WebDriver's codes for keys that are not characters.
    enum Key: String {
        case tab = "\u{E004}"
        case enter = "\u{E007}"
        case alt = "\u{E00A}"
        case down = "\u{E015}"
    }

    let kiosk: Kiosk
    /// Keys pressed so far; a shortcut with Alt counts as one, a typed word as one per character.
    private(set) var presses = 0

    init(_ kiosk: Kiosk) {
        self.kiosk = kiosk
    }

    func press(_ key: Key, times: Int = 1) async throws {
        for _ in 0..<times { try await send([key.rawValue]) }
    }

    /// Alt and `letter` together: an `accesskey` in Chromium on Linux.
    func shortcut(_ letter: Character) async throws {
        try await send([String(letter)], holding: Key.alt.rawValue)
    }

    func type(_ text: String) async throws {
        for character in text { try await send([String(character)]) }
    }

    /// Presses `key` and waits until the page it sent away is gone.
    func pressForNewPage(_ key: Key) async throws {
        try await newPage { try await press(key) }
    }

    func shortcutForNewPage(_ letter: Character) async throws {
        try await newPage { try await shortcut(letter) }
    }

    /// Presses Tab until the focus is on `selector` (at most `limit` times); returns how many.
    @discardableResult
    func tab(to selector: String, limit: Int = 40) async throws -> Int {
        for count in 0...limit {
            if try await isFocused(selector) { return count }
            try await press(.tab)
        }
        throw TestSetupError("\(limit) presses of Tab never reached \(selector)")
    }

    func isFocused(_ selector: String) async throws -> Bool {
        try await kiosk.browser.execute("return document.activeElement.matches(arguments[0]);", [.string(selector)]).bool ?? false
    }

    private func newPage(_ action: () async throws -> Void) async throws {
        try await kiosk.newPage(after: "a key", action)
    }

    private func send(_ keys: [String], holding modifier: String? = nil) async throws {
        var actions: [JSONValue] = []
        if let modifier { actions.append(["type": "keyDown", "value": .string(modifier)]) }
        for key in keys { actions += [["type": "keyDown", "value": .string(key)], ["type": "keyUp", "value": .string(key)]] }
        if let modifier { actions.append(["type": "keyUp", "value": .string(modifier)]) }
        _ = try await kiosk.browser.command("POST", "actions", ["actions": [["type": "key", "id": "keyboard", "actions": .array(actions)]]])
        presses += 1
    }
}
