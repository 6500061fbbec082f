import Foundation
import ProcedureCheck
import Testing

/// Every rule's name is explained in docs/checks.md, and the page names no rule that does not exist.
@Suite struct CheckRuleTests {
    static let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/checks.md").standardized

    @Test func theDocumentationListsExactlyTheRules() throws {
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("### ") }.map { String($0.dropFirst(4)) }
        #expect(headings == CheckRule.allCases.map(\.rawValue))
    }

    @Test func namesAreKebabCaseAndUnique() {
        let names = CheckRule.allCases.map(\.rawValue)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { name in name.allSatisfy { $0.isLowercase || $0 == "-" } && !name.hasPrefix("-") })
    }

    @Test func aMessageStartsWithItsRuleInBrackets() {
        #expect(
            CheckRule.unreachableStep.message("step 'aide' cannot be reached from the start")
                == "[unreachable-step] step 'aide' cannot be reached from the start")
    }
}
