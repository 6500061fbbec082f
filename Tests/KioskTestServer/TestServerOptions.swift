import GuideServer

/// The command line of the test server: the flags `ariane serve` takes.
struct TestServerOptions {
    static let usage = "usage: KioskTestServer --data DIR [--port N] [--host H] [--procedures DIR] [--locales DIR] [--idle SECONDS] [--idle-prompts N]"

    var settings: ServerSettings

    struct BadOption: Error, CustomStringConvertible {
        var description: String
    }

    init(_ arguments: ArraySlice<String>) throws {
        var values: [String: String] = [:]
        var rest = arguments
        while let flag = rest.popFirst() {
            guard flag.hasPrefix("--"), let value = rest.popFirst() else {
                throw BadOption(description: "'\(flag)' needs a value")
            }
            values[String(flag.dropFirst(2))] = value
        }
        let known: Set = ["data", "port", "host", "procedures", "locales", "idle", "idle-prompts"]
        if let unknown = values.keys.first(where: { !known.contains($0) }) {
            throw BadOption(description: "unknown option '--\(unknown)'")
        }
        guard let data = values["data"] else { throw BadOption(description: "--data is required") }
        settings = ServerSettings(
            host: values["host"] ?? "127.0.0.1", port: try Self.number(values, "port") ?? 8080, dataDirectory: data,
            proceduresDirectory: values["procedures"] ?? "procedures", localesDirectory: values["locales"] ?? "locales",
            recordingsDirectory: data + "/recordings"
        )
        if let idle = try Self.number(values, "idle") { settings.idleSeconds = idle }
        if let prompts = try Self.number(values, "idle-prompts") { settings.idlePrompts = prompts }
    }

    private static func number(_ values: [String: String], _ name: String) throws -> Int? {
        guard let text = values[name] else { return nil }
        guard let number = Int(text), number >= 0 else { throw BadOption(description: "--\(name) wants a whole number, not '\(text)'") }
        return number
    }
}
