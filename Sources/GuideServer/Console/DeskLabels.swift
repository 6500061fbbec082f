import Synchronization

/// The worker's label of a saved session while it is back at their desk: reopening takes the session
/// out of the saved ones, so the label waits here until it is saved again (the save form shows it) or
/// the session ends. In memory only, like the session itself.
final class DeskLabels: Sendable {
    /// The longest label, in characters: enough for "Mme B., mardi, rappeler pour le RIB".
    static let longest = 60

    private let labels = Mutex<[String: String]>([:])

    /// The label of the session `sessionID`, if it had one.
    func label(of sessionID: String) -> String? {
        labels.withLock { $0[sessionID] }
    }

    func keep(_ label: String?, for sessionID: String) {
        labels.withLock { $0[sessionID] = label }
    }

    /// The session is saved (its label goes with it) or ended: the label is forgotten here.
    func forget(_ sessionID: String) {
        labels.withLock { $0[sessionID] = nil }
    }

    /// A label as typed, its runs of spaces as one; `nil` when empty.
    static func cleaned(_ typed: String?) -> String? {
        let label = (typed ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return label.isEmpty ? nil : label
    }
}
