import EventLog
import Testing

/// `--db`, then `--data`, then $ARIANE_DATA, then XDG, then the home folder.
@Suite struct DataLocationTests {
    let environment = ["HOME": "/home/amina", "XDG_DATA_HOME": "/srv/xdg", "ARIANE_DATA": "/var/lib/ariane"]

    @Test func anExplicitDatabaseWins() {
        #expect(DataLocation.databasePath(database: "/tmp/x.sqlite", data: "/data", environment: environment) == "/tmp/x.sqlite")
    }

    @Test func theDataFolderOptionWinsOverTheEnvironment() {
        #expect(DataLocation.databasePath(data: "/data", environment: environment) == "/data/ariane.sqlite")
    }

    @Test func arianeDataWinsOverXDG() {
        #expect(DataLocation.databasePath(environment: environment) == "/var/lib/ariane/ariane.sqlite")
    }

    @Test func xdgDataHomeThenTheHomeFolder() {
        #expect(DataLocation.databasePath(environment: ["HOME": "/home/amina", "XDG_DATA_HOME": "/srv/xdg"]) == "/srv/xdg/ariane/ariane.sqlite")
        #expect(DataLocation.databasePath(environment: ["HOME": "/home/amina"]) == "/home/amina/.local/share/ariane/ariane.sqlite")
        // XDG: a relative path is invalid and ignored; empty variables count as unset.
        #expect(
            DataLocation.databasePath(environment: ["HOME": "/home/amina", "XDG_DATA_HOME": "xdg", "ARIANE_DATA": ""])
                == "/home/amina/.local/share/ariane/ariane.sqlite")
    }
}
