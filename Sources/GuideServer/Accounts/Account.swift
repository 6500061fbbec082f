/// A person who signs in to the console or the dashboard: a worker, an analyst or an admin.
///
/// Holds no password: the hash stays in the ``AccountStore``.
public struct Account: Sendable, Hashable, Codable {
    public var id: Int64
    public var name: String
    public var role: Role

    public init(id: Int64, name: String, role: Role) {
        self.id = id
        self.name = name
        self.role = role
    }
}

/// The rules an account name and a new password must follow, checked before anything is written.
enum AccountRules {
    static let minimumPasswordLength = 12
    static let maximumNameLength = 64

    /// Letters, digits, dot, dash and underscore: a name that is typed at login and shown in lists.
    static func check(name: String) throws(AccountError) {
        guard !name.isEmpty, name.count <= maximumNameLength else { throw .badName(name) }
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".-_".unicodeScalars.contains(scalar)
        }
        guard allowed else { throw .badName(name) }
    }

    static func check(password: String) throws(AccountError) {
        guard password.count >= minimumPasswordLength else { throw .weakPassword }
    }
}
