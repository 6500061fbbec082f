import EventLog
import Foundation
import GuideServer
import Hummingbird

// The Ariane server as the browser tests and the load benchmark start it, until `ariane serve`
// (which waits for the SQLite event store) is on main: the same flags, the same application, and the
// events written one JSON object a line to `<data>/events.jsonl`, where a test can read them.

let options: TestServerOptions
do {
    options = try TestServerOptions(CommandLine.arguments.dropFirst())
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n\(TestServerOptions.usage)\n".utf8))
    exit(2)
}
try FileManager.default.createDirectory(atPath: options.settings.dataDirectory, withIntermediateDirectories: true)
let store = try JSONLinesEventStore(file: URL(fileURLWithPath: options.settings.dataDirectory).appendingPathComponent("events.jsonl"))
let app = try await buildApplication(options.settings, store: store)
try await app.runService()
