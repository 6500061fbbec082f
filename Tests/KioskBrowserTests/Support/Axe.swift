import Foundation

/// axe-core (Deque's accessibility engine), as bundled by the PyPI package `axe-playwright-python`,
/// which .ci/run installs without its Playwright dependency: only its `axe.min.js` is used.
enum Axe {
    static let package = "axe_playwright_python"
    static let source = Result { try load() }

    /// The WCAG 2.1 A and AA rules.
    static let tags: JSONValue = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

    private static func load() throws -> String {
        // find_spec locates the package without importing it (its Python side would need Playwright).
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import importlib.util as u; s = u.find_spec('\(package)'); print(s.submodule_search_locations[0] if s else '')"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let folder = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()
        guard !folder.isEmpty else {
            throw TestSetupError("axe-core is missing: pip install --no-deps axe-playwright-python (see .ci/run)")
        }
        return try String(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent("axe.min.js"), encoding: .utf8)
    }

    /// Each serious or critical violation on the page on screen: rule, impact, element, help page.
    static func seriousViolations(in browser: WebDriverSession) async throws -> [String] {
        try await browser.execute(try source.get() + "\nreturn typeof window.axe;")
        let found = try await browser.executeAsync(
            """
            const done = arguments[arguments.length - 1];
            window.axe.run(document, { runOnly: { type: "tag", values: arguments[0] }, resultTypes: ["violations"] })
              .then(results => done(results.violations.flatMap(rule => rule.nodes
                .filter(node => node.impact === "serious" || node.impact === "critical")
                .map(node => `${rule.id} (${node.impact}) at ${node.target.join(" ")}: ${rule.help} ${rule.helpUrl}`))))
              .catch(error => done([`axe failed: ${error}`]));
            """, [tags])
        return (found.array ?? []).compactMap(\.string)
    }
}
