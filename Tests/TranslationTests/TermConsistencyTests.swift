import Foundation
import ProcedureCheck
import ProcedureModel
import ProcedureXML
import Testing

/// `term-consistency`: a unit whose French holds a termbase term must use its one rendering.
@Suite struct TermConsistencyTests {
    static let termbase = """
        <?xml version="1.0" encoding="UTF-8"?>
        <martif type="TBX-Basic" xml:lang="fr">
          <text>
            <body>
              <termEntry id="plafond">
                <langSet xml:lang="fr"><tig><term>plafond</term></tig></langSet>
                <langSet xml:lang="ar">
                  <tig><term>الحد الأقصى</term></tig>
                  <tig><term>حد أقصى</term></tig>
                  <tig><term>السقف</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
                </langSet>
              </termEntry>
              <termEntry id="assurance-maladie">
                <langSet xml:lang="fr"><tig><term>Assurance Maladie</term></tig></langSet>
                <langSet xml:lang="ar"><tig><term>التأمين الصحي</term></tig></langSet>
              </termEntry>
            </body>
          </text>
        </martif>
        """

    /// Units on known lines: the second unit's <target> is line 11, column 9.
    static let translations = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
          <file original="procedures/essai.xml" source-language="fr" target-language="ar" datatype="xml">
            <body>
              <trans-unit id="step.a.audio">
                <source>Vos revenus ne dépassent pas le plafond.</source>
                <target state="translated">دَخْلُكَ لَا يَتَجَاوَزُ الْحَدَّ الْأَقْصَى.</target>
              </trans-unit>
              <trans-unit id="step.b.text">
                <source>Il y a des plafonds.</source>
                <target state="translated">هناك سقف.</target>
              </trans-unit>
              <trans-unit id="step.c.text">
                <source>Appelez l'Assurance Maladie ou la caisse d'assurance maladie de la maison départementale.</source>
                <target state="translated">اتصل بالتأمين الصحي.</target>
              </trans-unit>
              <trans-unit id="step.d.text">
                <source>La caisse primaire d'assurance maladie.</source>
                <target state="translated">الصندوق الأساسي.</target>
              </trans-unit>
              <trans-unit id="step.e.text">
                <source>Un autre plafond.</source>
                <target state="new"/>
              </trans-unit>
            </body>
          </file>
        </xliff>
        """

    static func locale() throws -> (LocaleTranslations, [Diagnostic]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-terms-\(UUID().uuidString)")
        let arabic = folder.appendingPathComponent("ar")
        try FileManager.default.createDirectory(at: arabic, withIntermediateDirectories: true)
        try termbase.write(to: arabic.appendingPathComponent("terms.tbx"), atomically: true, encoding: .utf8)
        try translations.write(to: arabic.appendingPathComponent("essai.xlf"), atomically: true, encoding: .utf8)
        let loaded = TranslationLoader.load("ar", from: folder.path)
        try? FileManager.default.removeItem(at: folder)
        return loaded
    }

    @Test func theTermbaseIsReadWithItsRenderingsAndWithoutItsDeprecatedTerms() throws {
        let (locale, problems) = try Self.locale()
        #expect(problems.isEmpty)
        let entries = try #require(locale.termbase?.entries)
        #expect(entries.map(\.id) == ["plafond", "assurance-maladie"])
        #expect(entries.first?.french == ["plafond"])
        #expect(entries.first?.renderings == ["الحد الأقصى", "حد أقصى"])
        #expect(entries.first?.location == SourceLocation(line: 5, column: 7))
    }

    @Test func aUnitTranslatingATermOtherwiseIsWarnedAtItsTarget() throws {
        let (locale, _) = try Self.locale()
        let found = TermConsistency.check(locale)
        // step.a: the audio's short vowels do not hide « الحد الأقصى »; step.c: « maison
        // départementale » and a lower-case « assurance maladie » are other words; step.d: not the
        // organisation; step.e: not translated yet.
        #expect(found.count == 1)
        let warning = try #require(found.first)
        #expect(warning.file.hasSuffix("/ar/essai.xlf"))
        #expect(warning.location == SourceLocation(line: 11, column: 9))
        #expect(warning.severity == .warning)
        #expect(
            warning.message.hasPrefix("[term-consistency] unit 'step.b.text' translates « plafond » without « الحد الأقصى » or « حد أقصى », its rendering in "))
        #expect(warning.message.hasSuffix("terms.tbx (entry 'plafond'): use it, or change the termbase and every unit"))
    }

    @Test func anEntryWithoutARenderingIsReportedWhereItIs() throws {
        let broken = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="fr">
              <text><body>
                <termEntry id="msa"><langSet xml:lang="fr"><tig><term>MSA</term></tig></langSet></termEntry>
              </body></text>
            </martif>
            """
        let (termbase, problems) = try TermbaseReader.read(Array(broken.utf8), file: "ar/terms.tbx", language: "ar")
        #expect(termbase.entries.isEmpty)
        #expect(problems.map(\.location) == [SourceLocation(line: 4, column: 5)])
        #expect(problems.first?.message.contains("term entry 'msa' needs") == true)
    }

    @Test func aFileThatIsNotTBXBasicIsRefused() {
        #expect(throws: DiagnosticList.self) {
            try TermbaseReader.read(Array("<tbx/>".utf8), file: "ar/terms.tbx", language: "ar")
        }
    }

    @Test func theShippedTermbasesAreReadAndTheShippedFilesFollowThem() throws {
        let (locales, problems) = TranslationLoader.loadAll(from: ShippedContent.locales)
        #expect(problems.isEmpty)
        for language in ["en", "ar"] {
            let locale = try #require(locales.first { $0.language == language })
            #expect((locale.termbase?.entries.count ?? 0) >= 6, "\(language)/terms.tbx lists the Terms of docs/translations.md")
            #expect(TermConsistency.check(locale).map(\.description) == [])
        }
    }
}
