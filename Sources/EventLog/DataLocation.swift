import Foundation

/// Where the event log lives when nobody says: one rule for the command line and the server.
///
/// An explicit database path wins; otherwise `ariane.sqlite` in the data folder, which is the
/// folder given (`--data`), else `$ARIANE_DATA`, else `$XDG_DATA_HOME/ariane`, else
/// `~/.local/share/ariane`.
public enum DataLocation {
    public static let databaseFileName = "ariane.sqlite"

    /// The data folder: `data` if given, else from `environment` (the process's own by default), else the XDG default.
    public static func dataFolder(data: String? = nil, environment: [String: String]? = nil) -> String {
        let environment = environment ?? ProcessInfo.processInfo.environment
        if let data, !data.isEmpty { return data }
        if let folder = environment["ARIANE_DATA"], !folder.isEmpty { return folder }
        // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/ariane" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/ariane"
    }

    /// The event log file: `database` if given, else `ariane.sqlite` in ``dataFolder(data:environment:)``.
    public static func databasePath(
        database: String? = nil, data: String? = nil, environment: [String: String]? = nil
    ) -> String {
        if let database, !database.isEmpty { return database }
        return dataFolder(data: data, environment: environment) + "/" + databaseFileName
    }
}
