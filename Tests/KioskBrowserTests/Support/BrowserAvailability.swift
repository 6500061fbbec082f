import Foundation

/// Whether headless Chromium and its driver are installed, and what to do when they are not: a
/// developer without them sees why the browser tests were skipped; CI (`CI` set) must run them, so
/// there they run and fail, saying what is missing.
enum BrowserAvailability {
    /// What the browser tests do on this machine.
    enum Plan: Equatable {
        case run
        case skip(reason: String)
        case fail(reason: String)
    }

    /// What is missing, or `nil` when both programs are where ``ChromeDriver`` looks for them.
    static let missing: String? = {
        let absent = [ChromeDriver.driverPath, ChromeDriver.browserPath]
            .filter { !FileManager.default.isExecutableFile(atPath: $0) }
        guard !absent.isEmpty else { return nil }
        return "\(absent.joined(separator: " and ")) not found (apt-get install chromium chromium-driver)"
    }()

    /// Under CI every test must run: a missing browser is a failure there, not a reason to skip.
    static func plan(missing: String?, environment: [String: String]) -> Plan {
        guard let missing else { return .run }
        if let ci = environment["CI"], !ci.isEmpty {
            return .fail(reason: "the browser tests must run under CI, but \(missing)")
        }
        return .skip(reason: "KioskBrowserTests skipped: \(missing); set CI to make this a failure instead")
    }

    static let here = plan(missing: missing, environment: ProcessInfo.processInfo.environment)

    /// Whether the browser tests run here; says once, on standard output, why they do not.
    static let shouldRun: Bool = {
        guard case .skip(let reason) = here else { return true }
        print(reason)
        return false
    }()

    /// Stops a test at once, under CI, when the browser is missing, with the reason.
    static func requireBrowser() throws {
        if case .fail(let reason) = here { throw TestSetupError(reason) }
    }
}
