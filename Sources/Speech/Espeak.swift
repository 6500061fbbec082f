public import Foundation

/// The espeak-ng program: where it is, and whether it answers.
public struct Espeak: Sendable, Hashable {
    /// The program to run, or `nil` when none was found.
    public var executable: URL?
    /// Set when the path was given (`--espeak`, `ARIANE_ESPEAK`), so messages can say where it was looked for.
    public var configuredPath: String?

    public init(executable: URL?, configuredPath: String? = nil) {
        self.executable = executable
        self.configuredPath = configuredPath
    }

    /// The program at `path` if one is given, else at `ARIANE_ESPEAK` if set, else `espeak-ng` on `PATH`.
    public static func locate(
        path: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Espeak {
        if let configured = path ?? environment["ARIANE_ESPEAK"], !configured.isEmpty {
            return Espeak(executable: URL(fileURLWithPath: configured), configuredPath: configured)
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        let found = folders.map { URL(fileURLWithPath: String($0)).appendingPathComponent("espeak-ng") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return Espeak(executable: found)
    }

    /// Whether `voice` speaks here: says one letter with it into nothing, blocking the caller. An MBROLA
    /// voice whose database is not installed fails there (espeak-ng lists every MBROLA voice it knows of).
    public func speaks(_ voice: String) -> Bool {
        guard let executable, let run = try? Subprocess.run(blocking: executable, arguments: ["-v", voice, "-w", "/dev/null", "a"]) else {
            return false
        }
        return run.status == 0
    }

    /// Runs `espeak-ng --version` once, blocking the caller: available with its version, or missing
    /// with the install hint. Meant for start-up (``AudioLibrary``'s initialiser), not for each prompt.
    public func status() -> EspeakStatus {
        let missing = EspeakStatus.missing(message: configuredPath.map(EspeakStatus.notFound(at:)) ?? EspeakStatus.notInstalled)
        guard let executable, FileManager.default.isExecutableFile(atPath: executable.path),
            let run = try? Subprocess.run(blocking: executable, arguments: ["--version"]), run.status == 0
        else { return missing }
        // "eSpeak NG text-to-speech: 1.51  Data at: …": the version is the word after the colon.
        let words = run.output.split(whereSeparator: \.isWhitespace)
        guard let colon = words.firstIndex(where: { $0.hasSuffix(":") }), colon + 1 < words.count else {
            return .available(version: run.output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return .available(version: String(words[colon + 1]))
    }
}
