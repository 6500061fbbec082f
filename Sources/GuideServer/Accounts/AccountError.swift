/// Why an account could not be added, found or removed; says what and which.
public enum AccountError: Error, Sendable, Hashable, CustomStringConvertible {
    case badName(String)
    case weakPassword
    case duplicateName(String)
    case unknownName(String)
    case unknownRole(String)

    public var description: String {
        switch self {
        case .badName(let name):
            "'\(name)' is not a valid account name: use 1 to \(AccountRules.maximumNameLength) letters, digits, '.', '-' or '_'"
        case .weakPassword:
            "the password is too short: use at least \(AccountRules.minimumPasswordLength) characters"
        case .duplicateName(let name):
            "an account named '\(name)' already exists"
        case .unknownName(let name):
            "no account named '\(name)'"
        case .unknownRole(let role):
            "'\(role)' is not a role: use \(Role.allCases.map(\.rawValue).joined(separator: ", "))"
        }
    }
}
