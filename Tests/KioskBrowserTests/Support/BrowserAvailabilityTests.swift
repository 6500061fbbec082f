import Testing

/// Without Chromium a developer's run skips the browser tests and says why; CI's run fails them.
@Suite struct BrowserAvailabilityTests {
    @Test func aMissingBrowserIsASkipWithItsReasonOutsideCI() {
        let plan = BrowserAvailability.plan(missing: "/usr/bin/chromium not found", environment: [:])
        #expect(plan == .skip(reason: "KioskBrowserTests skipped: /usr/bin/chromium not found; set CI to make this a failure instead"))
    }

    @Test func aMissingBrowserIsAFailureUnderCI() {
        let plan = BrowserAvailability.plan(missing: "/usr/bin/chromium not found", environment: ["CI": "true"])
        #expect(plan == .fail(reason: "the browser tests must run under CI, but /usr/bin/chromium not found"))
    }

    @Test func anInstalledBrowserRunsEverywhere() {
        #expect(BrowserAvailability.plan(missing: nil, environment: [:]) == .run)
        #expect(BrowserAvailability.plan(missing: nil, environment: ["CI": "true"]) == .run)
    }

    @Test func anEmptyCIVariableIsNotCI() {
        #expect(
            BrowserAvailability.plan(missing: "x", environment: ["CI": ""])
                == .skip(reason: "KioskBrowserTests skipped: x; set CI to make this a failure instead"))
    }
}
