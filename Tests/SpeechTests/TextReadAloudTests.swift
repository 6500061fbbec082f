import Foundation
import ProcedureModel
import ProcedureXML
import Speech
import Testing

/// Help texts and titles have no audio script: their acronyms are spelled unless the glossary says they are
/// said as words, because espeak-ng says « le CCAS » as « le ca » (docs/speech.md).
@Suite struct TextReadAloudTests {
    @Test func acronymsAreSpelledButThoseSaidAsWords() {
        let script = TextReadAloud.script(
            "Sans retraite, l'ASPA. Le CCAS et la CAF (ou la MSA) ; la CMU-C, la C2S.", saidAsWords: ["CAF", "ASPA"])
        #expect(
            script.parts == [
                .text("Sans retraite, l'ASPA. Le "), .sayAs(interpretAs: "characters", format: nil, text: "CCAS"),
                .text(" et la CAF (ou la "), .sayAs(interpretAs: "characters", format: nil, text: "MSA"), .text(") ; la "),
                .sayAs(interpretAs: "characters", format: nil, text: "CMU-C"), .text(", la "),
                .sayAs(interpretAs: "characters", format: nil, text: "C2S"), .text("."),
            ])
    }

    @Test func wordsInCapitalsThatAreNotAcronymsAndArabicArticlesStayText() {
        #expect(TextReadAloud.script("ATTENTION : Paris, 2026.", saidAsWords: []).parts == [.text("ATTENTION : Paris, 2026.")])
        #expect(
            TextReadAloud.script("اسمها الـC2S.", saidAsWords: []).parts == [
                .text("اسمها الـ"), .sayAs(interpretAs: "characters", format: nil, text: "C2S"), .text("."),
            ])
        #expect(TextReadAloud.script("", saidAsWords: []).parts == [])
    }

    /// espeak-ng reads « l'<say-as>AME</say-as> » as « èl, a, èm, e »; dotted letters join the article.
    @Test func espeakGetsSpelledAcronymsAsDottedLettersAndDigitsKeepTheMark() {
        let script = AudioScript(parts: [
            .text("Pour renouveler l'"), .sayAs(interpretAs: "characters", format: nil, text: "AME"), .text(", la "),
            .sayAs(interpretAs: "characters", format: nil, text: "CMU-C"), .text(" ou la "),
            .sayAs(interpretAs: "characters", format: nil, text: "C2S"), .text(", appelez le "),
            .sayAs(interpretAs: "characters", format: nil, text: "3646"),
            .emphasis(level: "strong", parts: [.sayAs(interpretAs: "characters", format: nil, text: "RSA")]),
        ])
        #expect(
            script.speakDocument
                == #"<speak>Pour renouveler l&apos;A.M.E., la C.M.U.C. ou la <say-as interpret-as="characters">C2S</say-as>, appelez le <say-as interpret-as="characters">3646</say-as><emphasis level="strong">R.S.A.</emphasis></speak>"#
        )
    }

    @Test func theGlossarySaysWhichAcronymsAreWordsAndHelpTextsFollowIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("read-aloud-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try #"""
        <procedure xmlns="urn:ariane:procedure:1" id="essai" version="1" xml:lang="fr">
          <title>Essai</title>
          <source href="https://www.service-public.fr/" checked="2026-11-01"/>
          <start step="fin"/>
          <step id="fin" kind="outcome" result="eligible">
            <text>Allez à la CAF.</text><audio>Allez à la <sub alias="caf">CAF</sub>.</audio>
            <help>La CAF ou le CCAS vous aide.</help>
          </step>
        </procedure>
        """#.write(to: folder.appendingPathComponent("essai.xml"), atomically: true, encoding: .utf8)
        try """
        <glossary xmlns="urn:ariane:procedure:1">
          <term id="caf" abbr="CAF" said="word"><text>Caisse d'allocations familiales</text></term>
          <term id="ccas" abbr="CCAS"><text>Centre communal d'action sociale</text></term>
        </glossary>
        """.write(to: folder.appendingPathComponent("glossary.xml"), atomically: true, encoding: .utf8)
        let (library, problems) = try ProcedureLoader().loadLibrary([folder.appendingPathComponent("essai.xml").path])
        #expect(problems == [])
        #expect(library.acronymsSaidAsWords == ["CAF"])
        let help = SpokenItem.items(in: library, directoryLocale: "fr").first { $0.name == "essai/fin/help" }
        #expect(help?.script.speakDocument == "<speak>La CAF ou le C.C.A.S. vous aide.</speak>")
    }

    @Test func saidTakesOnlyLettersOrWord() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("read-aloud-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let glossary = folder.appendingPathComponent("glossary.xml")
        try """
        <glossary xmlns="urn:ariane:procedure:1">
          <term id="caf" abbr="CAF" said="mot"><text>Caisse d'allocations familiales</text></term>
        </glossary>
        """.write(to: glossary, atomically: true, encoding: .utf8)
        let (_, problems) = try ProcedureLoader().loadLibrary([glossary.path])
        #expect(problems.map(\.description).contains { $0.hasPrefix("\(glossary.path):2:") && $0.contains("said") })
    }
}
