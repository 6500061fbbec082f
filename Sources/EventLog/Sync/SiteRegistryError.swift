/// Why a site could not be added or revoked, said with the site's name.
public enum SiteRegistryError: Error, Sendable, Hashable, CustomStringConvertible {
    case nameTaken(String)
    case invalidName(String)
    case unknownSite(String)

    public var description: String {
        switch self {
        case .nameTaken(let name):
            "a site named '\(name)' is already registered (revoked sites keep their name: their events stay under it)"
        case .invalidName(let name):
            "'\(name)' is not a site name: 1 to 64 letters, digits, '.', '-' or '_'"
        case .unknownSite(let name):
            "no site named '\(name)' is registered"
        }
    }

    /// Throws ``invalidName(_:)`` unless `name` is 1 to 64 ASCII letters, digits, '.', '-' or '_':
    /// a name that reads the same in a URL, a log line and a shell.
    static func check(_ name: String) throws(SiteRegistryError) {
        guard (1...64).contains(name.utf8.count), name.wholeMatch(of: /[A-Za-z0-9._-]+/) != nil else {
            throw .invalidName(name)
        }
    }
}
