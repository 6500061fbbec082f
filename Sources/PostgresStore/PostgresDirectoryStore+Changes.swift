public import Directory
import PostgresNIO

extension PostgresDirectoryStore: DirectoryChanges {
    public func propose(_ change: ProposedChange) async throws -> ProposedChange {
        try change.check()
        return try await database.withTransaction { connection in
            var change = change
            if change.kind != .newPlace {
                guard let place = try await Self.place(id: change.placeID, on: connection, logger: database.logger) else {
                    throw ChangeError.unknownPlace(change.placeID)
                }
                change.previous = change.currentValue(in: place)
            }
            let rows = try await connection.query(
                """
                INSERT INTO directory_change (place_id, kind, proposed, previous, proposed_by, proposed_at)
                VALUES (\(change.placeID), \(change.kind.rawValue), \(change.proposed), \(change.previous), \(change.proposedBy), \(change.proposedAt))
                RETURNING id
                """, logger: database.logger)
            for try await id in rows.decode(Int64.self) { change.id = id }
            try await Self.moveRevision(connection, logger: database.logger)
            return change
        }
    }

    public func pendingChanges() async throws -> [ProposedChange] {
        try await database.withConnection { connection in
            try await Self.changes(Self.columns + " WHERE decision IS NULL ORDER BY id", on: connection, logger: database.logger)
        }
    }

    public func changes(to placeID: String) async throws -> [ProposedChange] {
        try await database.withConnection { connection in
            var bindings = PostgresBindings()
            bindings.append(placeID)
            return try await Self.changes(Self.columns + " WHERE place_id = $1 ORDER BY id", bindings, on: connection, logger: database.logger)
        }
    }

    public func decide(_ id: Int64, _ decision: ProposedChange.Decision, by admin: String, at time: String) async throws -> ProposedChange {
        try await database.withTransaction { connection in
            // FOR UPDATE: two admins deciding at once, the second sees the first's decision.
            var bindings = PostgresBindings()
            bindings.append(id)
            let found = try await Self.changes(Self.columns + " WHERE id = $1 FOR UPDATE", bindings, on: connection, logger: database.logger)
            guard var change = found.first else { throw ChangeError.unknownProposal(id) }
            if let earlier = change.decision { throw ChangeError.alreadyDecided(id, earlier) }
            if decision == .approved {
                if change.kind == .newPlace {
                    try await Self.save(try change.newPlace(), on: connection, logger: database.logger)
                    change.previous = nil
                } else {
                    guard let place = try await Self.place(id: change.placeID, on: connection, logger: database.logger) else {
                        throw ChangeError.unknownPlace(change.placeID)
                    }
                    try await Self.save(change.applied(to: place), on: connection, logger: database.logger)
                    change.previous = change.currentValue(in: place)
                }
            }
            change.decision = decision
            change.decidedBy = admin
            change.decidedAt = time
            try await connection.query(
                """
                UPDATE directory_change SET decision = \(decision.rawValue), decided_by = \(admin), decided_at = \(time), previous = \(change.previous)
                WHERE id = \(id)
                """, logger: database.logger)
            try await Self.moveRevision(connection, logger: database.logger)
            return change
        }
    }

    private static let columns =
        "SELECT id, place_id, kind, proposed, previous, proposed_by, proposed_at, decision, decided_by, decided_at FROM directory_change"

    /// The proposals `sql` (``columns`` and a condition) selects, `bindings` filling its parameters.
    private static func changes(
        _ sql: String, _ bindings: PostgresBindings = PostgresBindings(), on connection: PostgresConnection, logger: Logger
    ) async throws -> [ProposedChange] {
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
        var found: [ProposedChange] = []
        for try await (id, placeID, kind, proposed, previous, proposedBy, proposedAt, decision, decidedBy, decidedAt) in rows.decode(
            (Int64, String, String, String, String?, String, String, String?, String?, String?).self)
        {
            guard let kind = ProposedChange.Kind(rawValue: kind) else {
                throw ChangeError.badValue(.newPlace, "proposal \(id) has an unknown kind \"\(kind)\" (written by a newer version?)")
            }
            found.append(
                ProposedChange(
                    id: id, placeID: placeID, kind: kind, proposed: proposed, previous: previous, proposedBy: proposedBy, proposedAt: proposedAt,
                    decision: decision.flatMap(ProposedChange.Decision.init(rawValue:)), decidedBy: decidedBy, decidedAt: decidedAt))
        }
        return found
    }
}
