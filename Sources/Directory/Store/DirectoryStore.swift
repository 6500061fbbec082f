/// Where a site keeps its places: ``SQLiteDirectoryStore`` (a site's `directory.sqlite`), or
/// PostgreSQL for a central server (`PostgresDirectoryStore` in the PostgresStore target).
///
/// Asynchronous because PostgreSQL's client is; the SQLite store answers at once, and callers that
/// hold it by its own type call it without `await`.
public protocol DirectoryStore: Sendable {
    /// Stores `batch`: adds new places, updates changed ones by id, and retires (as of `day`,
    /// YYYY-MM-DD) a feed's places that the batch no longer holds, except those whose row was refused.
    func apply(_ batch: ImportBatch, on day: String) async throws -> ImportSummary
    /// The places shown to people: not retired.
    func currentPlaces() async throws -> [Place]
    /// Every place, retired ones included, by id.
    func place(id: String) async throws -> Place?
    /// Adds or replaces one place (a local place, or an approved change).
    func save(_ place: Place) async throws
    /// A number that moves whenever the places or proposals change (an import, a save, a decision):
    /// a reader compares it with the one it read the places at.
    func revision() async throws -> Int64
}

/// What an import changed, for the summary line.
public struct ImportSummary: Sendable, Equatable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var retired = 0

    public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0, retired: Int = 0) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.retired = retired
    }

    /// Counts `other`'s places too (one feed's summary into a batch's).
    public mutating func add(_ other: ImportSummary) {
        added += other.added
        updated += other.updated
        unchanged += other.unchanged
        retired += other.retired
    }
}

/// A store that could not be opened, read or written: which file, and why.
public struct DirectoryStoreError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var problem: String

    public var description: String { "\(path): error: \(problem)" }
}
