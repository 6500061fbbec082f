/// Whether espeak-ng can be run here, and if not, what to tell the person who installs the kiosk.
public enum EspeakStatus: Sendable, Hashable {
    /// Found and answering; `version` as it prints it, e.g. `1.51`.
    case available(version: String)
    /// Not installed, or not where it was said to be.
    case missing(message: String)

    /// What to say when espeak-ng is not installed: the fix, and that the kiosk still runs.
    public static let notInstalled = "espeak-ng is not installed: sudo apt-get install espeak-ng; the kiosk works without sound"

    /// The same, for a configured path where no program is.
    public static func notFound(at path: String) -> String {
        "espeak-ng is not installed at \(path): sudo apt-get install espeak-ng; the kiosk works without sound"
    }

    public var isAvailable: Bool {
        if case .available = self { return true }
        return false
    }
}
