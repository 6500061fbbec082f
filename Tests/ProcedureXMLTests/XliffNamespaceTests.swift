import Foundation
import ProcedureModel
import ProcedureXML
import Testing

/// An XLIFF file in another namespace is not read as translations.
@Suite struct XliffNamespaceTests {
    @Test func foreignNamespaceIsRefused() throws {
        let text = xliff("").replacingOccurrences(of: "urn:oasis:names:tc:xliff:document:1.2", with: "urn:example:other")
        let refused = #expect(throws: DiagnosticList.self) { try readXliff(text) }
        #expect(
            refused?.description
                == "css.xlf:2:1: error: <xliff> is in namespace 'urn:example:other', not XLIFF 1.2's: write xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"")
    }

    @Test func missingNamespaceIsRefused() throws {
        let text = xliff("").replacingOccurrences(of: " xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"", with: "")
        let refused = #expect(throws: DiagnosticList.self) { try readXliff(text) }
        #expect(
            refused?.description == "css.xlf:2:1: error: <xliff> is in no namespace, not XLIFF 1.2's: write xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"")
    }
}
