public import ProcedureModel

/// A row of the `happening` table with its names resolved: what an event says happened.
public struct StoredHappening: Sendable {
    public let kind: GuideEvent.Kind
    public let step: String?
    public let value: String?
    public let reason: String?
    public let count: Int?
    /// `false` only for ``missing``: no row has its id. Not an optional kind, so that a fold reads
    /// the kind of each event without unwrapping it.
    public let exists: Bool

    static let columns = "id, kind, step, value, reason, count"

    /// Stands where no row has an id, so that the table can be an array without optionals.
    public static let missing = StoredHappening()

    /// A happening read from another store (PostgreSQL's `event_happening`).
    public init(_ happening: EventHappening) {
        kind = happening.kind
        step = happening.step
        value = happening.value
        reason = happening.reason
        count = happening.count
        exists = true
    }

    private init() {
        kind = .sessionStarted
        step = nil
        value = nil
        reason = nil
        count = nil
        exists = false
    }

    /// Reads a row of ``columns``.
    init(row: RawStatement, names: NameTable) throws {
        let what = "happening \(row.int64(0))"
        let code = Int(row.int64(1))
        guard code > 0, code < StoredCodes.kindByCode.count, let kind = StoredCodes.kindByCode[code] else {
            throw EventStoreError(path: names.path, problem: .inconsistent("\(what) has the unknown kind \(code)"))
        }
        self.kind = kind
        step = try names.text(row.int64(2), in: what)
        value = try names.text(row.int64(3), in: what)
        reason = try names.text(row.int64(4), in: what)
        count = row.isNull(5) ? nil : Int(row.int64(5))
        exists = true
    }

    /// Fills in the fields of `event` that say what happened; `false` for ``missing``.
    func apply(to event: inout GuideEvent) -> Bool {
        guard exists else { return false }
        event.kind = kind
        event.step = step
        event.value = value
        event.reason = reason
        event.count = count
        return true
    }
}
