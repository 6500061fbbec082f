/// The part of life a procedure belongs to: how the kiosk's picker groups procedures, so that a
/// resident looks for "money" or "housing" rather than for the name of an aid they may not know.
public enum Theme: String, Sendable, Hashable, Codable, CaseIterable {
    case sante
    case argent
    case logement
    case travail
    case papiers
    case famille
}
