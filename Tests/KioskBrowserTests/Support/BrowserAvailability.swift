import Foundation

/// Whether headless Chromium and its driver are installed, and what to do when they are not: a
/// developer without them sees why the browser tests were skipped; CI (`CI` set) must run them, so
/// there they run and fail, saying what is missing.
enum BrowserAvailability {
    /// What is missing, or `nil` when both programs are where ``ChromeDriver`` looks for them.
    static let missing: String? = {
        let absent = [ChromeDriver.driverPath, ChromeDriver.browserPath]
            .filter { !FileManager.default.isExecutableFile(atPath: $0) }
        guard !absent.isEmpty else { return nil }
        return "\(absent.joined(separator: " and ")) not found (apt-get install chromium chromium-driver)"
    }()

    /// Under CI every test must run: a missing browser is a failure there, not a reason to skip.
    static var underCI: Bool {
        ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false
    }

    /// Whether the browser tests run here; says once, on standard output, why they do not.
    static let shouldRun: Bool = {
        guard let missing else { return true }
        if underCI { return true }
        print("KioskBrowserTests skipped: \(missing); set CI to make this a failure instead")
        return false
    }()

    /// Stops a test at once, under CI, when the browser is missing, with the reason.
    static func requireBrowser() throws {
        if let missing { throw TestSetupError("the browser tests must run under CI, but \(missing)") }
    }
}
