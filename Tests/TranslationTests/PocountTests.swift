import Foundation
import ProcedureModel
import ProcedureXML
import Testing

/// The Translate Toolkit (`pocount`, Debian package translate-toolkit) reads every shipped XLIFF file
/// without error and finds every unit translated: what a translator's tools will see.
///
/// In the Translate Toolkit's reading of XLIFF, a translated unit without `approved="yes"` counts as
/// "fuzzy" (made, not reviewed): so complete means no untranslated unit, not all "translated".
@Suite struct PocountTests {
    static let pocount = ["/usr/bin/pocount", "/usr/local/bin/pocount"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let onCI = ProcessInfo.processInfo.environment["CI"] != nil

    @Test(
        .enabled(
            if: pocount != nil || onCI,
            "pocount is not installed (apt-get install translate-toolkit); on CI (CI set) this test fails instead"))
    func everyLanguageIsReadWithoutErrorAndComplete() throws {
        let pocount = try #require(Self.pocount, "pocount is missing on CI: .ci/run installs translate-toolkit")
        let languages = TranslationLoader.languages(in: ShippedContent.locales)
        #expect(!languages.isEmpty)
        for language in languages {
            let folder = (ShippedContent.locales as NSString).appendingPathComponent(language)
            let (output, errors) = try Self.run(pocount, ["--csv", folder])
            #expect(!errors.contains("ERROR"), "pocount could not read a file of \(language): \(errors)")
            let rows = Self.rows(output)
            let (locale, _) = TranslationLoader.load(language, from: ShippedContent.locales)
            for (name, file) in locale.files {
                let row = try #require(rows[name + ".xlf"], "pocount did not list \(language)/\(name).xlf")
                #expect(row.untranslated == 0, "\(language)/\(name).xlf: \(row.untranslated) units untranslated for the Translate Toolkit")
                #expect(row.total == file.units.count, "\(language)/\(name).xlf: pocount counts \(row.total) units, Ariane \(file.units.count)")
            }
        }
    }

    /// `(untranslated, total)` by file name, from `pocount --csv`.
    static func rows(_ csv: String) -> [String: (untranslated: Int, total: Int)] {
        var rows: [String: (untranslated: Int, total: Int)] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 10, let untranslated = Int(cells[6]), let total = Int(cells[8]) else { continue }
            rows[(cells[0] as NSString).lastPathComponent] = (untranslated, total)
        }
        return rows
    }

    static func run(_ program: String, _ arguments: [String]) throws -> (output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
