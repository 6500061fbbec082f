import ArgumentParser
import ArianeCLI
import EventLog
import Foundation
import GuideServer

/// `ariane user`: the console's accounts (workers, analysts, admins) in `<data dir>/accounts.sqlite`.
struct User: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add, list and remove the accounts of the workers' console and the dashboard.",
        subcommands: [Add.self, List.self, Remove.self]
    )
}

/// Where the server keeps its data: `--data`, then `$ARIANE_DATA`, then the XDG default (EventLog's
/// ``DataLocation``, the rule every command follows).
struct DataDirectoryOption: ParsableArguments {
    @Option(name: .customLong("data"), help: "The server's data directory (default: $ARIANE_DATA, else ~/.local/share/ariane).")
    var data: String?

    var directory: String {
        DataLocation.dataFolder(data: data)
    }

    func openStore() throws -> SQLiteAccountStore {
        do {
            return try SQLiteAccountStore(dataDirectory: directory)
        } catch {
            Console.error("error: cannot open \(directory)/\(SQLiteAccountStore.fileName): \(error)")
            throw ExitCode.failure
        }
    }
}

extension User {
    struct Add: ParsableCommand {
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

        func run() throws {
            guard let role = Role(rawValue: role) else { throw ExitCode.validationFailure }
            let password = try readPassword()
            let store = try location.openStore()
            do {
                try store.add(name: name, role: role, password: password, at: Int64(Date().timeIntervalSince1970 * 1000))
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

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts and their roles.")

        @OptionGroup var location: DataDirectoryOption

        func run() throws {
            let accounts = try location.openStore().accounts()
            let width = accounts.map(\.name.count).max() ?? 0
            for account in accounts {
                Console.out(account.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + account.role.rawValue)
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove an account, with the sessions it saved and the notes it wrote.")

        @Argument(help: "The account's name.")
        var name: String

        @OptionGroup var location: DataDirectoryOption

        func run() throws {
            do {
                try location.openStore().remove(name: name)
            } catch let error as AccountError {
                Console.error("error: \(error)")
                throw ExitCode.failure
            }
            Console.out("removed '\(name)'")
        }
    }
}
