import Directory
import Testing

/// RFC 4180's cases, and the line each record starts on.
@Suite struct CSVRecordsTests {
    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let records = try CSVRecords("a,b,c\r\n\"1,5\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nx,,z").records
        #expect(records.map(\.fields) == [["a", "b", "c"], ["1,5", "say \"hi\"", "two\nlines"], ["x", "", "z"]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func lineFeedsAloneAndATrailingNewlineAndBlankLines() throws {
        let records = try CSVRecords("a,b\n1,2\n\n3,4\n").records
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func byteOrderMarkAndSemicolonsAsSpreadsheetsWriteThem() throws {
        let records = try CSVRecords("\u{FEFF}id;nom\r\n1;\"Mairie; annexe\"\r\n").records
        #expect(records.map(\.fields) == [["id", "nom"], ["1", "Mairie; annexe"]])
    }

    @Test func aQuoteNeverClosedIsSaidWithItsLine() {
        #expect(throws: CSVRecords.Problem.unterminatedQuote(line: 2)) { try CSVRecords("a,b\n1,\"open\n2,3\n") }
    }

    @Test func anEmptyFieldAtTheEndOfALineIsAField() throws {
        #expect(try CSVRecords("a,b,\n").records.first?.fields == ["a", "b", ""])
    }
}
