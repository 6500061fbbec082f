import ArgumentParser
import Directory
import Foundation

/// `ariane directory changes …`: proposals to the directory, and an admin's decisions on them.
struct DirectoryChangesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "List, propose, approve or refuse changes to the site's places (who, when and the previous value are kept).",
        subcommands: [List.self, Propose.self, Decide.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the proposals waiting for a decision, or every proposal about one place.")

        @Option(help: ArgumentHelp("Every proposal about this place, decided or not.", valueName: "id"))
        var place: String?

        @OptionGroup var store: DirectoryStoreOptions

        func run() async throws {
            let directory = try await store.open()
            let changes = try await Self.attempt {
                if let place { return try await directory.changes(to: place) }
                return try await directory.pendingChanges()
            }
            if changes.isEmpty { Console.out("no proposal") }
            for change in changes {
                let decision = change.decision.map { " — \($0.rawValue) by \(change.decidedBy ?? "?") at \(change.decidedAt ?? "?")" } ?? " — waiting"
                Console.out("#\(change.id) \(change.placeID) \(change.kind.rawValue): \"\(change.previous ?? "")\" → \"\(change.proposed)\"")
                Console.out("    proposed by \(change.proposedBy) at \(change.proposedAt)\(decision)")
            }
        }

        static func attempt<T>(_ work: () async throws -> T) async throws -> T {
            do { return try await work() } catch {
                Console.error("\(error)")
                throw ExitCode.failure
            }
        }
    }

    struct Propose: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Propose a change to a place: its hours, languages spoken, or a closure.")

        @Option(help: ArgumentHelp("The place (an id from `ariane directory nearest`).", valueName: "id"))
        var place: String

        @Option(help: ArgumentHelp("hours, languages or closed-until.", valueName: "kind"))
        var kind: String

        @Option(help: ArgumentHelp("The new value: opening_hours text, ISO 639 codes separated by commas, or a day (YYYY-MM-DD).", valueName: "value"))
        var value: String

        @Option(help: ArgumentHelp("Who proposes it (a worker's account name).", valueName: "name"))
        var by: String

        @OptionGroup var store: DirectoryStoreOptions

        func validate() throws {
            guard let kind = ProposedChange.Kind(rawValue: kind), kind != .newPlace else {
                throw ValidationError("--kind: \"\(kind)\" is not hours, languages or closed-until")
            }
        }

        func run() async throws {
            guard let kind = ProposedChange.Kind(rawValue: kind) else { throw ExitCode(2) }
            let directory = try await store.open()
            let now = ISO8601DateFormatter().string(from: Date())
            let change = try await List.attempt {
                try await directory.propose(ProposedChange(placeID: place, kind: kind, proposed: value, proposedBy: by, proposedAt: now))
            }
            Console.out("proposal #\(change.id) recorded; an admin approves it with `ariane directory changes decide \(change.id) --approve --by NAME`")
        }
    }

    struct Decide: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Approve (apply) or refuse a proposal.")

        @Argument(help: "The proposal's number.")
        var id: Int64

        @Flag(exclusivity: .exclusive, help: "--approve applies the change; --refuse keeps the place as it is.")
        var decision: Choice

        @Option(help: ArgumentHelp("Who decides (an admin's account name).", valueName: "name"))
        var by: String

        @OptionGroup var store: DirectoryStoreOptions

        enum Choice: String, EnumerableFlag {
            case approve
            case refuse
        }

        func run() async throws {
            let directory = try await store.open()
            let now = ISO8601DateFormatter().string(from: Date())
            let change = try await List.attempt { try await directory.decide(id, decision == .approve ? .approved : .refused, by: by, at: now) }
            Console.out("proposal #\(change.id) \(change.decision?.rawValue ?? "")")
        }
    }
}
