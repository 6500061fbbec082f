import ArgumentParser

/// `ariane directory …`: the map of local actors (help points from the national open data).
struct DirectoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "directory",
        abstract: "Import, search and export the places where people get help.",
        subcommands: [DirectoryImport.self, DirectoryNearest.self, DirectoryExport.self, DirectoryChangesCommand.self]
    )
}
