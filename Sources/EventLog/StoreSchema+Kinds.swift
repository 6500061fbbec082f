import GRDB
import ProcedureModel

extension StoreSchema {
    /// Names every event kind this build knows in the `kind` table, leaving the rows already there.
    ///
    /// Run at every open rather than as a migration: a new kind then needs no schema version of its
    /// own, and a file made by an older build shows the new kinds in the `events` view as soon as
    /// this build opens it. Codes never change (``StoredCodes``), so a row once written is right.
    static func addMissingKinds(_ db: Database) throws {
        for kind in GuideEvent.Kind.allCases {
            try db.execute(sql: "INSERT OR IGNORE INTO kind VALUES (?, ?)", arguments: [StoredCodes.code(of: kind), kind.rawValue])
        }
    }
}
