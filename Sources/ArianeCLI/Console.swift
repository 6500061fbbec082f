import Foundation
package import ProcedureModel

/// Where commands write: results to standard output, diagnostics to standard error, as compilers do.
package enum Console {
    package static func out(_ line: String = "") {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Text as it is, without an added newline.
    package static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    package static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    package static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sortedByPlace() { error(diagnostic.description) }
    }

    package static func plural(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : (plural ?? singular + "s"))"
    }
}
