import GRDB

/// Every row of the `name` table, indexed by id, so that each event shares its strings.
struct NameTable {
    private var texts: [String?] = [nil]
    let path: String

    init(_ db: Database, path: String) throws {
        self.path = path
        let rows = try RawStatement(db, "SELECT id, text FROM name ORDER BY id")
        defer { rows.reset() }
        while try rows.step() {
            let id = Int(rows.int64(0))
            if id >= texts.count { texts.append(contentsOf: repeatElement(nil, count: id - texts.count + 1)) }
            texts[id] = rows.text(1)
        }
    }

    /// The text of name `id`; `nil` for 0, which stands for "none".
    func text(_ id: Int64, in what: String) throws -> String? {
        guard id != 0 else { return nil }
        guard id > 0, id < texts.count, let text = texts[Int(id)] else {
            throw EventStoreError(path: path, problem: .inconsistent("\(what) refers to the missing name \(id)"))
        }
        return text
    }

    /// Rows of a small table (`context`, `happening`) in an array indexed by id; `missing` where no row has that id.
    ///
    /// Not an array of optionals: reading an optional element copies it out, retaining its strings.
    static func load<Row>(_ db: Database, _ sql: String, missing: Row, _ make: (RawStatement) throws -> Row) throws -> [Row] {
        var rows: [Row] = [missing]
        let statement = try RawStatement(db, sql)
        defer { statement.reset() }
        while try statement.step() {
            let id = Int(statement.int64(0))
            guard id > 0 else { continue }
            if id >= rows.count { rows.append(contentsOf: repeatElement(missing, count: id - rows.count + 1)) }
            rows[id] = try make(statement)
        }
        return rows
    }
}
