import ProcedureModel
import ProcedureXML
import Testing

/// A condition reads answers; what reads the XML tree is the same for every answer, so it is refused.
@Suite struct TreeReadingConditionTests {
    @Test(arguments: [
        (
            "count(//*) = 0",
            "t.xml:11:32: error: 'count()' reads the XML tree, and a condition has none: it gives the same result whatever the answers; read an answer with $step-id"
        ),
        (
            "id('foyer') = $foyer",
            "t.xml:11:32: error: 'id()' reads the XML tree, and a condition has none: it gives the same result whatever the answers; read an answer with $step-id"
        ),
        (
            "$foyer = '1' or string(..) = '1'",
            "t.xml:11:55: error: '..' reads the XML tree, and a condition has none: it gives the same result whatever the answers; read an answer with $step-id"
        ),
    ])
    func conditionReadingTheTreeIsRefusedAtItsColumn(condition: String, expected: String) throws {
        let xml = procedure(replacing: #"when="$foyer = '1'""#, with: "when=\"\(condition)\"")
        #expect(try diagnostics(of: xml) == [expected])
    }

    @Test func numbersWithADecimalPointAreNotPaths() throws {
        let xml = procedure(replacing: #"when="$revenus &lt;= 850""#, with: #"when="$revenus &lt;= 850.5 and $revenus &gt; .5""#)
        #expect(try diagnostics(of: xml) == [])
    }
}
