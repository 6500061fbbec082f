import ProcedureModel
import ProcedureXML
import Testing

/// Writing units as XLIFF 1.2 and reading them back, SSML marks included.
@Suite struct XliffReadWriteTests {
    @Test func audioMarksBecomeInlineElementsTranslationToolsKeep() throws {
        let (file, summary) = try extractedFixture()
        #expect(summary.description == "created")
        #expect(
            file.units.map(\.id) == [
                "procedure.title",
                "step.foyer.text", "step.foyer.audio",
                "step.foyer.choice.1.text", "step.foyer.choice.1.audio", "step.foyer.choice.2+.text", "step.foyer.choice.2+.audio",
                "step.revenus.text", "step.revenus.audio", "step.revenus.unit",
                "step.fin.text", "step.fin.audio",
            ])
        let document = XliffWriter.document(file)
        #expect(
            document.hasPrefix(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
                  <file original="procedures/css.xml" source-language="fr" target-language="en" datatype="xml">
                    <body>
                      <trans-unit id="procedure.title">
                        <source>Demander la CSS</source>
                        <target state="new"/>
                        <note from="ariane">Title of the procedure</note>
                      </trans-unit>

                """))
        #expect(
            document.contains(
                """
                      <trans-unit id="step.foyer.audio">
                        <source>Combien de personnes vivent <g id="1" ctype="x-emphasis-moderate">chez vous</g> ?<x id="2" ctype="x-break" equiv-text="300ms"/>Touchez le bon chiffre.</source>
                        <target state="new"/>

                """))
        #expect(
            document.contains(
                """
                        <source>Vous pouvez demander la <g id="1" ctype="x-sub">complémentaire santé solidaire</g>.</source>
                """))
        #expect(document.hasSuffix("    </body>\n  </file>\n</xliff>\n"))
    }

    @Test func writingWhatWasReadGivesTheSameBytes() throws {
        let document = XliffWriter.document(try extractedFixture().file)
        let (read, problems) = try readXliff(document)
        #expect(problems == [])
        #expect(XliffWriter.document(read) == document)
    }

    @Test func aTranslationKeepsItsMarksWhereverTheTranslatorMovedThem() throws {
        let (file, problems) = try readXliff(
            xliff(
                """
                      <trans-unit id="step.foyer.audio">
                        <source>Combien de personnes vivent <g id="1" ctype="x-emphasis-strong">chez vous</g> ?<x id="2" ctype="x-break" equiv-text="300ms"/>Touchez le bon chiffre.</source>
                        <target state="translated"><x id="2" ctype="x-break" equiv-text="300ms"/>How many people live
                          <g id="1" ctype="x-emphasis-strong">in your home</g>? Touch the right number.</target>
                      </trans-unit>
                """))
        #expect(problems == [])
        let unit = try #require(file.unit("step.foyer.audio"))
        #expect(
            unit.target == [
                .pause(milliseconds: 300), .text("How many people live "), .emphasis(level: "strong", parts: [.text("in your home")]),
                .text("? Touch the right number."),
            ])
        #expect(unit.status == .translated)
        #expect(unit.location == SourceLocation(line: 5, column: 7))
        #expect(unit.targetLocation == SourceLocation(line: 7, column: 9))
    }

    @Test func sayAsReadingsAndFormatsRoundTrip() throws {
        let parts: [AudioPart] = [
            .sayAs(interpretAs: "spell-out", format: nil, text: "CAF"), .text(" le "),
            .sayAs(interpretAs: "date", format: "dmy", text: "01/12/2026"), .pause(milliseconds: 1000),
        ]
        let markup = XliffUpdate.markup(parts)
        #expect(
            markup
                == #"<g id="1" ctype="x-say-as-spell-out">CAF</g> le <g id="2" ctype="x-say-as-date-dmy">01/12/2026</g><x id="3" ctype="x-break" equiv-text="1000ms"/>"#
        )
        let (file, _) = try readXliff(xliff("<trans-unit id=\"a\"><source>\(markup)</source></trans-unit>"))
        #expect(file.unit("a")?.source == parts)
    }

    @Test func statesSayWhatIsUsable() throws {
        let (file, _) = try readXliff(
            xliff(
                """
                      <trans-unit id="new"><source>Oui</source><target state="new"/></trans-unit>
                      <trans-unit id="empty"><source>Oui</source><target state="translated"></target></trans-unit>
                      <trans-unit id="no-target"><source>Oui</source></trans-unit>
                      <trans-unit id="outdated"><source>Oui</source><target state="needs-review-translation">Yes</target></trans-unit>
                      <trans-unit id="no-state"><source>Oui</source><target>Yes</target></trans-unit>
                      <trans-unit id="final" approved="yes"><source>Oui</source><target state="final">Yes</target></trans-unit>
                """))
        #expect(file.units.map(\.status) == [.untranslated, .untranslated, .untranslated, .outdated, .translated, .translated])
        #expect(file.unit("final")?.isApproved == true)
        let catalogue = TranslationCatalogue(file)
        #expect(catalogue.target("outdated") == nil)
        #expect(catalogue.target("no-state") == [.text("Yes")])
    }

    @Test func marksArianeDoesNotWriteAreReportedWhereTheyStand() throws {
        let (file, problems) = try readXliff(
            xliff(
                """
                      <trans-unit id="a">
                        <source>Touchez <g id="1" ctype="x-emphasis-strong">Oui</g>.</source>
                        <target>Touch <ph id="1">&lt;b&gt;</ph><g id="1" ctype="bold">Yes</g>.</target>
                      </trans-unit>
                      <trans-unit id="a"><source>Encore</source></trans-unit>
                      <trans-unit><source>Sans id</source></trans-unit>
                """))
        #expect(
            problems == [
                "css.xlf:7:23: error: <ph> is not a mark Ariane writes: keep the <x/> and <g> elements of the <source> as they are",
                "css.xlf:7:48: error: <g ctype=\"bold\"> is not a mark Ariane writes: keep the <x/> and <g> elements of the <source> as they are",
                "css.xlf:9:19: error: unit id 'a' is already used on line 5; this one is ignored",
                "css.xlf:10:7: error: <trans-unit> needs an id",
            ])
        // The words of an unknown mark are kept, so the translation still reads.
        #expect(file.unit("a")?.target == [.text("Touch <b>Yes.")])
    }

    @Test func onlyXLIFF12IsAccepted() throws {
        let version2 = #expect(throws: DiagnosticList.self) { try readXliff("<xliff version=\"2.0\"><file/></xliff>") }
        #expect(
            version2?.description == "css.xlf:1:1: error: expected an XLIFF 1.2 file: <xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">")
        let procedure = #expect(throws: DiagnosticList.self) { try readXliff("<?xml version=\"1.0\"?>\n<procedure/>") }
        #expect(
            procedure?.description == "css.xlf:2:1: error: expected an XLIFF 1.2 file: <xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">")
    }

    @Test func aDoctypeIsRefusedAsInProcedures() throws {
        let hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaa\">]>\n<xliff version=\"1.2\"/>"
        let error = #expect(throws: DiagnosticList.self) { try readXliff(hostile) }
        #expect(error?.description == "css.xlf:2:1: error: a <!DOCTYPE> is not allowed: procedure files take no DTD and no entities")
    }
}
