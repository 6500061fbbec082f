/// What a console account may do: each role opens one part of the server.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// Social worker or digital mediator: the console, beside a resident.
    case worker
    /// Town or social-services analyst: the dashboard, never a resident's session.
    case analyst
    /// Both, and everything every worker saved.
    case admin

    /// Whether an account with this role may enter a part of the server meant for `required`.
    public func allows(_ required: Role) -> Bool {
        self == .admin || self == required
    }

    /// The role as workers say it, for pages.
    var label: String {
        switch self {
        case .worker: "Travailleur social ou médiateur"
        case .analyst: "Analyste"
        case .admin: "Administrateur"
        }
    }
}
