/// The table of proposals, in the directory's own file.
enum ChangeLog {
    static let schema = """
        CREATE TABLE change (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            place_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            proposed TEXT NOT NULL,
            previous TEXT,
            proposed_by TEXT NOT NULL,
            proposed_at TEXT NOT NULL,
            decision TEXT,
            decided_by TEXT,
            decided_at TEXT
        );
        CREATE INDEX change_place ON change(place_id);
        """
}
