import Foundation

/// The schema files written for these tests (`Fixtures/`), and scratch folders.
enum Fixture {
    static func path(_ name: String) -> String {
        Bundle.module.bundleURL.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    /// A new empty folder under the system's temporary folder.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("directory-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// `text` written to a new file named `name` in a new folder.
    static func file(_ name: String, _ text: String) throws -> String {
        let url = try folder().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
