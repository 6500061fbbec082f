import ArgumentParser
import Directory
import Foundation

/// `ariane directory import FILE…`: reads national open-data files into the site's directory.
struct DirectoryImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import places from the ANCT's digital-mediation file (CSV or JSON) or data·inclusion (JSON).",
        discussion: """
            Each row is checked against its schema; a bad row is reported as FILE:LINE: error: FIELD: message and skipped, the \
            rest imported (exit status 1 when any row was refused). Places are updated by their source id; a place no longer in \
            its feed's file is retired with today's date, not deleted. Give data·inclusion's structures and services files together.
            """
    )

    @Argument(help: ArgumentHelp("The files to read.", valueName: "file"))
    var files: [String]

    @Option(help: "The files' format (default: detected from the content): mednum-csv, mednum-json or data-inclusion.")
    var format: FormatOption?

    /// ``SourceFormat``'s names, as the command line takes them.
    enum FormatOption: String, ExpressibleByArgument, CaseIterable {
        case mednumCSV = "mednum-csv"
        case mednumJSON = "mednum-json"
        case dataInclusion = "data-inclusion"
    }

    @OptionGroup var store: DirectoryStoreOptions

    func run() async throws {
        let batch = ImportBatch.read(files, format: format.flatMap { SourceFormat(rawValue: $0.rawValue) })
        for diagnostic in batch.diagnostics { Console.error(diagnostic.description) }
        let directory = try await store.open()
        let today = OpeningHours.localTime(Date()).day.description
        let summary: ImportSummary
        do {
            summary = try await directory.apply(batch, on: today)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        let refused = Set(batch.diagnostics.map { "\($0.file):\($0.line)" }).count
        Console.out(
            "\(Console.plural(summary.added, "place")) added, \(summary.updated) updated, \(summary.unchanged) unchanged, \(summary.retired) retired; "
                + "\(Console.plural(refused, "row")) refused")
        if !batch.diagnostics.isEmpty { throw ExitCode.failure }
    }
}
