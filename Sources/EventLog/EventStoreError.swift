/// Why the event log could not be opened or written, said about the file concerned.
///
/// Every refusal to open leaves the file exactly as it was; a failed append leaves the log as it was
/// before that append, with every earlier one intact.
public struct EventStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Problem: Sendable, Hashable {
        /// SQLite cannot read it: damaged, truncated, or not a database at all.
        case notADatabase
        /// A valid SQLite database of some other application.
        case foreign
        /// Written by a later Ariane whose schema this one does not know.
        case newerSchema(found: Int, known: Int)
        /// The disk (or the database's size limit) is full; these events were not saved.
        case full(unsaved: Int)
        /// The file or its folder cannot be created or opened.
        case cannotOpen(String)
        /// The log contradicts itself (a code or a reference that does not exist).
        case inconsistent(String)
        /// Any other SQLite failure, with SQLite's own message.
        case database(String)
    }

    public var path: String
    public var problem: Problem

    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    public var description: String {
        "\(path): error: \(message)"
    }

    public var message: String {
        switch problem {
        case .notADatabase:
            "not a database: the file is damaged or is not an Ariane event log; nothing was changed"
        case .foreign:
            "this SQLite database belongs to another application, not to Ariane; nothing was changed"
        case .newerSchema(let found, let known):
            "this event log was written by a newer Ariane (schema version \(found); this one knows up to \(known)); nothing was changed"
        case .full(let unsaved):
            "the disk is full (or the event log reached its size limit): \(unsaved == 1 ? "1 event was" : "\(unsaved) events were") not saved; earlier events are intact"
        case .cannotOpen(let reason):
            "cannot open the event log: \(reason)"
        case .inconsistent(let reason):
            "the event log is inconsistent: \(reason)"
        case .database(let message):
            message
        }
    }
}
