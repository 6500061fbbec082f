import Foundation
import GRDB

extension SQLiteDirectoryStore: DirectoryChanges {
    public func propose(_ change: ProposedChange) throws -> ProposedChange {
        try change.check()
        var change = change
        try write { db in
            if change.kind != .newPlace {
                guard let place = try Self.place(id: change.placeID, in: db) else { throw ChangeError.unknownPlace(change.placeID) }
                change.previous = change.currentValue(in: place)
            }
            try db.execute(
                sql: "INSERT INTO change (place_id, kind, proposed, previous, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [change.placeID, change.kind.rawValue, change.proposed, change.previous, change.proposedBy, change.proposedAt])
            change.id = db.lastInsertedRowID
        }
        return change
    }

    public func pendingChanges() throws -> [ProposedChange] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM change WHERE decision IS NULL ORDER BY id").map { try Self.change(from: $0) } }
    }

    public func changes(to placeID: String) throws -> [ProposedChange] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM change WHERE place_id = ? ORDER BY id", arguments: [placeID]).map { try Self.change(from: $0) }
        }
    }

    public func decide(_ id: Int64, _ decision: ProposedChange.Decision, by admin: String, at time: String) throws -> ProposedChange {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM change WHERE id = ?", arguments: [id]) else { throw ChangeError.unknownProposal(id) }
            var change = try Self.change(from: row)
            if let earlier = change.decision { throw ChangeError.alreadyDecided(id, earlier) }
            if decision == .approved {
                change.previous = try Self.apply(change, in: db)
            }
            change.decision = decision
            change.decidedBy = admin
            change.decidedAt = time
            try db.execute(
                sql: "UPDATE change SET decision = ?, decided_by = ?, decided_at = ?, previous = ? WHERE id = ?",
                arguments: [decision.rawValue, admin, time, change.previous, id])
            return change
        }
    }

    /// Applies an approved change; returns the value it replaced.
    private static func apply(_ change: ProposedChange, in db: Database) throws -> String? {
        if change.kind == .newPlace {
            try save(try change.newPlace(), in: db)
            return nil
        }
        guard let place = try self.place(id: change.placeID, in: db) else { throw ChangeError.unknownPlace(change.placeID) }
        try save(change.applied(to: place), in: db)
        return change.currentValue(in: place)
    }

    static func place(id: String, in db: Database) throws -> Place? {
        try String.fetchOne(db, sql: "SELECT body FROM place WHERE id = ?", arguments: [id]).map { try PlaceJSON.decode($0) }
    }

    static func save(_ place: Place, in db: Database) throws {
        let body = try PlaceJSON.encode(place)
        try db.execute(
            sql: "INSERT OR REPLACE INTO place (id, feed, retired, body) VALUES (?, ?, ?, ?)",
            arguments: [place.id, place.feed.rawValue, place.retired, body])
    }

    private static func change(from row: Row) throws -> ProposedChange {
        let id: Int64 = row["id"]
        guard let kind = ProposedChange.Kind(rawValue: row["kind"]) else {
            throw ChangeError.badValue(.newPlace, "proposal \(id) has an unknown kind \"\(row["kind"] as String? ?? "")\" (written by a newer version?)")
        }
        return ProposedChange(
            id: id, placeID: row["place_id"], kind: kind, proposed: row["proposed"],
            previous: row["previous"], proposedBy: row["proposed_by"], proposedAt: row["proposed_at"],
            decision: (row["decision"] as String?).flatMap(ProposedChange.Decision.init(rawValue:)), decidedBy: row["decided_by"],
            decidedAt: row["decided_at"])
    }
}
