/// Proposals from workers and an admin's decisions on them.
public protocol DirectoryChanges: Sendable {
    /// Records a proposal and returns it with its id; the previous value is read now.
    func propose(_ change: ProposedChange) async throws -> ProposedChange
    /// Proposals not yet decided, oldest first.
    func pendingChanges() async throws -> [ProposedChange]
    /// Every proposal about a place, oldest first.
    func changes(to placeID: String) async throws -> [ProposedChange]
    /// Approves (applying it, and recording the value it replaced) or refuses a pending proposal.
    func decide(_ id: Int64, _ decision: ProposedChange.Decision, by admin: String, at time: String) async throws -> ProposedChange
}

/// Why a proposal cannot be recorded or decided.
public enum ChangeError: Error, Equatable, CustomStringConvertible, Sendable {
    case unknownProposal(Int64)
    case alreadyDecided(Int64, ProposedChange.Decision)
    case unknownPlace(String)
    case badValue(ProposedChange.Kind, String)

    public var description: String {
        switch self {
        case .unknownProposal(let id): "proposal \(id): no such proposal"
        case .alreadyDecided(let id, let decision): "proposal \(id): already \(decision.rawValue)"
        case .unknownPlace(let id): "place \(id): no such place"
        case .badValue(let kind, let message): "\(kind.rawValue): \(message)"
        }
    }
}
