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
        try await browser.devTools(
            "Emulation.setDeviceMetricsOverride", ["width": 640, "height": 512, "deviceScaleFactor": 2, "mobile": false])
        let sizes = try await browser.execute("return [document.documentElement.scrollWidth, window.innerWidth];")
        try await browser.devTools("Emulation.clearDeviceMetricsOverride", [:])
        let widths = (sizes.array ?? []).compactMap(\.number)
        guard widths.count == 2, widths[1] == 640 else { return "at 200 %: the window did not shrink to 640 px (\(sizes))" }
        return widths[0] > widths[1] ? "at 200 %: content \(Int(widths[0])) px wide in a \(Int(widths[1])) px window" : nil
    }
}
