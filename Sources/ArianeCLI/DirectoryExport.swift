import ArgumentParser
import Directory
import Foundation

/// `ariane directory export --format mednum-csv`: the site's own places in the national schema, to contribute them.
struct DirectoryExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the site's local places in the national schema (to contribute them to the national map).")

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case mednumCSV = "mednum-csv"
    }

    @Option(help: "mednum-csv: the ANCT's \"lieux de médiation numérique\" CSV.")
    var format: ExportFormat = .mednumCSV

    @Option(help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var store: DirectoryStoreOptions

    func run() async throws {
        let directory = try await store.open()
        let places: [Place]
        do {
            places = try await directory.currentPlaces().filter { $0.feed == .local }
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        let csv = MednumCSV.write(places)
        guard let output else { return Console.write(csv) }
        do {
            try Data(csv.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Console.error("\(output): error: cannot write: \(error.localizedDescription)")
            throw ExitCode(2)
        }
        Console.error("\(Console.plural(places.count, "local place")) written to \(output)")
    }
}
