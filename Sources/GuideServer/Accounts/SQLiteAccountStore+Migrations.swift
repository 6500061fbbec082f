import GRDB

extension SQLiteAccountStore {
    /// The tables, one migration per change; never edit a migration that has shipped.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("accounts, saved sessions, notes") { db in
            try db.execute(
                sql: """
                    CREATE TABLE account (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                        role TEXT NOT NULL CHECK (role IN ('worker', 'analyst', 'admin')),
                        passwordHash TEXT NOT NULL,
                        createdAt INTEGER NOT NULL
                    );
                    -- A guided session put aside by a worker, answers included (sensitive ones too).
                    CREATE TABLE savedSession (
                        id TEXT PRIMARY KEY,
                        accountID INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        sessionID TEXT NOT NULL UNIQUE,
                        procedureID TEXT NOT NULL,
                        stepID TEXT,
                        savedAt INTEGER NOT NULL,
                        snapshot BLOB NOT NULL
                    );
                    CREATE INDEX savedSessionByAccount ON savedSession(accountID, savedAt);
                    -- A worker's free text about a resident's blockage: never copied to events or exports.
                    CREATE TABLE note (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        accountID INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        sessionID TEXT NOT NULL,
                        category TEXT NOT NULL,
                        text TEXT NOT NULL,
                        writtenAt INTEGER NOT NULL
                    );
                    CREATE INDEX noteBySession ON note(sessionID, writtenAt);
                    """)
        }
        // Prompts read aloud at the console: the speaker's name and consent are kept with the decision,
        // even once the account is removed; the sound only while it waits for review.
        migrator.registerMigration("recordings") { db in
            try db.execute(
                sql: """
                    CREATE TABLE recording (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        locale TEXT NOT NULL,
                        itemName TEXT NOT NULL,
                        accountID INTEGER REFERENCES account(id) ON DELETE SET NULL,
                        speakerName TEXT NOT NULL,
                        submittedAt INTEGER NOT NULL,
                        consentVersion TEXT NOT NULL,
                        milliseconds INTEGER NOT NULL,
                        status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'refused')),
                        reviewerName TEXT,
                        reviewedAt INTEGER,
                        refusalReason TEXT,
                        audio BLOB
                    );
                    CREATE INDEX recordingByStatus ON recording(status, submittedAt);
                    """)
        }
        // The worker's own words for a saved session; NULL for those saved before, or by the server as it stopped.
        migrator.registerMigration("saved session labels") { db in
            try db.execute(sql: "ALTER TABLE savedSession ADD COLUMN label TEXT")
        }
        return migrator
    }
}
