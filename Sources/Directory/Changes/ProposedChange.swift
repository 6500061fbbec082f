/// A worker's proposal: a new place, or a change to one (hours, languages spoken, closed for a while).
///
/// Nothing changes until an admin approves it; approved or refused, the proposal stays, with who
/// proposed and decided, when, and the value it replaced.
public struct ProposedChange: Sendable, Hashable, Codable, Identifiable {
    public var id: Int64
    /// The place concerned; for a new place, the id it will have (`local/…`).
    public var placeID: String
    public var kind: Kind
    /// The proposed value: the whole place (JSON) for ``Kind/newPlace``, else the field's text.
    public var proposed: String
    /// The value when the proposal was made (nil for a new place); when approved, the value replaced.
    public var previous: String?
    public var proposedBy: String
    /// ISO 8601, UTC.
    public var proposedAt: String
    public var decision: Decision?
    public var decidedBy: String?
    public var decidedAt: String?

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case newPlace = "new-place"
        /// `horaires`, OpenStreetMap syntax.
        case hours
        /// ISO 639 codes, comma-separated.
        case languages
        /// Closed until a day (YYYY-MM-DD), e.g. for the holidays; empty to reopen.
        case closedUntil = "closed-until"
    }

    public enum Decision: String, Sendable, Hashable, Codable {
        case approved
        case refused
    }

    public init(
        id: Int64 = 0, placeID: String, kind: Kind, proposed: String, previous: String? = nil, proposedBy: String, proposedAt: String,
        decision: Decision? = nil, decidedBy: String? = nil, decidedAt: String? = nil
    ) {
        self.id = id
        self.placeID = placeID
        self.kind = kind
        self.proposed = proposed
        self.previous = previous
        self.proposedBy = proposedBy
        self.proposedAt = proposedAt
        self.decision = decision
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }
}
