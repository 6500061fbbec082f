import ArgumentParser
import ArianeCLI
import EventLog
import Foundation
import GuideServer
import PostgresStore

/// `ariane user`: the console's accounts (workers, analysts, admins) in `<data dir>/accounts.sqlite`.
struct User: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add, list and remove the accounts of the workers' console and the dashboard.",
        subcommands: [Add.self, List.self, Remove.self]
    )
}

/// Where the accounts are: `accounts.sqlite` in the server's data folder (`--data`, then
/// `$ARIANE_DATA`, then the XDG default), or the central PostgreSQL database when `--db` (or
/// `$ARIANE_DB`) is a `postgres://` URL, as for `ariane serve`.
struct DataDirectoryOption: ParsableArguments {
    @Option(name: .customLong("data"), help: "The server's data directory (default: $ARIANE_DATA, else ~/.local/share/ariane).")
    var data: String?

    @Option(
        help: ArgumentHelp(
            "The server's PostgreSQL database, postgres://USER[:PASSWORD]@HOST:PORT/DATABASE, when it runs on one (default: $ARIANE_DB).",
            valueName: "url"))
    var db: String?

    var directory: String {
        DataLocation.dataFolder(data: data)
    }

    func openStore() async throws -> ConsoleAccounts {
        let location: EventStoreLocation
        do {
            location = try EventStoreLocation.resolve(database: db, data: data)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        if case .postgres(let url) = location {
            do {
                return .postgres(PostgresAccountStore(database: try await PostgresPool(url: url)))
            } catch {
                Console.error("\(error)")
                throw ExitCode(2)
            }
        }
        do {
            return .sqlite(try SQLiteAccountStore(dataDirectory: directory))
        } catch {
            Console.error("error: cannot open \(directory)/\(SQLiteAccountStore.fileName): \(error)")
            throw ExitCode.failure
        }
    }
}

/// The accounts, in whichever store the server uses.
enum ConsoleAccounts {
    case sqlite(SQLiteAccountStore)
    case postgres(PostgresAccountStore)

    func add(name: String, role: Role, password: String, at time: Int64) async throws {
        switch self {
        case .sqlite(let store): try store.add(name: name, role: role, password: password, at: time)
        case .postgres(let store): try await store.add(name: name, role: role, password: password, at: time)
        }
    }

    func accounts() async throws -> [Account] {
        switch self {
        case .sqlite(let store): try store.accounts()
        case .postgres(let store): try await store.accounts()
        }
    }

    func remove(name: String) async throws {
        switch self {
        case .sqlite(let store): try store.remove(name: name)
        case .postgres(let store): try await store.remove(name: name)
        }
    }
}

extension User {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account; the password is asked twice (or read from standard input) and stored as a bcrypt hash.")

        @Argument(help: "The name typed at login: letters, digits, '.', '-' or '_'.")
        var name: String

        @Option(help: "worker (the console), analyst (the dashboard) or admin (both).")
        var role: String

        @Flag(help: "Read the password from the first line of standard input instead of asking (for scripts).")
        var passwordStdin = false

        @OptionGroup var location: DataDirectoryOption

        func validate() throws {
            guard Role(rawValue: role) != nil else { throw ValidationError(AccountError.unknownRole(role).description) }
        }

        func run() async throws {
            guard let role = Role(rawValue: role) else { throw ExitCode.validationFailure }
            let password = try readPassword()
            let store = try await location.openStore()
            do {
                try await store.add(name: name, role: role, password: password, at: Int64(Date().timeIntervalSince1970 * 1000))
            } catch let error as AccountError {
                Console.error("error: \(error)")
                throw ExitCode.failure
            }
            Console.out("added \(role.rawValue) '\(name)'")
        }

        private func readPassword() throws -> String {
            if passwordStdin {
                guard let line = readLine(strippingNewline: true) else {
                    Console.error("error: no password on standard input")
                    throw ExitCode.failure
                }
                return line
            }
            guard isatty(STDIN_FILENO) == 1 else {
                Console.error("error: standard input is not a terminal: pass --password-stdin to read the password from it")
                throw ExitCode.failure
            }
            // getpass reads from the terminal with echo off.
            let first = String(cString: getpass("Password for '\(name)': "))
            let second = String(cString: getpass("Same password again: "))
            guard first == second else {
                Console.error("error: the two passwords differ; nothing was added")
                throw ExitCode.failure
            }
            return first
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts and their roles.")

        @OptionGroup var location: DataDirectoryOption

        func run() async throws {
            let accounts = try await location.openStore().accounts()
            let width = accounts.map(\.name.count).max() ?? 0
            for account in accounts {
                Console.out(account.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + account.role.rawValue)
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove an account, with the sessions it saved and the notes it wrote.")

        @Argument(help: "The account's name.")
        var name: String

        @OptionGroup var location: DataDirectoryOption

        func run() async throws {
            do {
                try await location.openStore().remove(name: name)
            } catch let error as AccountError {
                Console.error("error: \(error)")
                throw ExitCode.failure
            }
            Console.out("removed '\(name)'")
        }
    }
}
