import ArgumentParser
import ArianeCLI
import ServerCommands

/// `ariane`: validate, check, test, run and draw procedures; extract their strings for translators;
/// simulate, report and export the event log; serve the kiosk.
///
/// Asynchronous, so that the commands that read or write the event log await it instead of blocking.
/// `@main` rather than a `main.swift` calling `Ariane.main()`: from top-level code Swift picks the
/// synchronous `ParsableCommand.main()`, which refuses an asynchronous root command.
@main
struct Ariane: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ariane",
        abstract: "Guide people through administrative procedures, one plain-language step at a time.",
        subcommands: ArianeCommands.authoring + ServerSideCommands.all + ArianeCommands.eventLog
    )
}
