import Foundation
import ProcedureModel
import ProcedureXML
import Testing

/// A file written on one line (minified, or made to hurt) is read in time linear in its size, with columns
/// still counted in characters. Seen while fuzzing (bench/fuzz.sh): each location cost the whole line, and 8 000 units
/// on one line of 900 kB took 85 s to read (bench/loading_limits.sh measures it now).
@Suite struct OneLineFileTests {
    @Test(.timeLimit(.minutes(1)))
    func manyUnitsOnOneLineAreReadQuicklyAndLocatedByCharacter() throws {
        // Under the 10 000 units a file may hold (docs/format.md).
        let count = 9_000
        // "é" is two bytes and one character: the columns below count characters.
        let units = (0..<count).map { "<trans-unit id=\"u\($0)\"><source>Café \($0)</source></trans-unit>" }.joined()
        let repeated = "<trans-unit id=\"u0\"><source>encore</source></trans-unit>"
        let text = xliff(units + repeated).replacingOccurrences(of: "\n", with: "")
        let (file, problems) = try readXliff(text)
        #expect(file.units.count == count)
        let before = try #require(text.range(of: repeated)).lowerBound
        let column = text[..<before].unicodeScalars.count + 1 + "<trans-unit ".count
        #expect(problems == ["css.xlf:1:\(column): error: unit id 'u0' is already used on line 1; this one is ignored"])
    }
}
