package import ArgumentParser

/// The commands that run or administer the web server, for the `ariane` executable.
package enum ServerSideCommands {
    package static let all: [any ParsableCommand.Type] = [Serve.self, User.self, Site.self, Sync.self]
}
