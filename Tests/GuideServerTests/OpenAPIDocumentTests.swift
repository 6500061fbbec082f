import Foundation
import Testing

/// `docs/openapi.yaml` is the API's contract: it must stay a valid OpenAPI document that names every route.
@Suite struct OpenAPIDocumentTests {
    static let document = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/openapi.yaml").standardized

    @Test func isAValidOpenAPIDocument() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "openapi_spec_validator", Self.document.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.hasSuffix(": OK\n"))
    }

    @Test func namesEveryAPIRoute() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        let paths = text.split(separator: "\n").filter { $0.hasPrefix("  /") }.map { String($0.dropFirst(2).dropLast()) }
        #expect(
            paths == [
                "/health", "/api/v1/procedures", "/api/v1/sessions", "/api/v1/session", "/api/v1/session/inputs", "/api/v1/session/sheet",
                "/api/v1/sync/events",
            ])
    }
}
