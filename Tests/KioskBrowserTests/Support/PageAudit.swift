/// What the accessibility test checks on every kiosk page, as findings a person can act on.
extension Kiosk {
    /// axe-core's serious and critical WCAG 2.1 AA violations, and overflow with text at 200 %.
    func audit(_ page: String) async throws -> [String] {
        var findings = try await Axe.seriousViolations(in: browser).map { "\(page): \($0)" }
        if let overflow = try await overflowAtDoubleSize() { findings.append("\(page): \(overflow)") }
        return findings
    }

    /// At 200 % zoom a 1280 px wide screen is 640 CSS pixels wide: nothing may need scrolling sideways.
    func overflowAtDoubleSize() async throws -> String? {
        let width = try await windowWidth()
        try await browser.devTools(
            "Emulation.setDeviceMetricsOverride", ["width": 640, "height": 512, "deviceScaleFactor": 2, "mobile": false])
        _ = try await eventually("the window at 200 %") { try await windowWidth() == 640 ? true : nil }
        let content = try await browser.execute("return document.documentElement.scrollWidth;").number ?? 0
        try await browser.devTools("Emulation.clearDeviceMetricsOverride", [:])
        // The next touch must find the page laid out at its own size again.
        _ = try await eventually("the window back at \(width) px") { try await windowWidth() == width ? true : nil }
        return content > 640 ? "at 200 %: content \(Int(content)) px wide in a 640 px window" : nil
    }

    private func windowWidth() async throws -> Double {
        try await browser.execute("return window.innerWidth;").number ?? 0
    }
}
