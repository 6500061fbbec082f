import Foundation
import ProcedureModel
import ProcedureXML
import Speech
import Testing

/// Languages with recordings and no voice: declared in `locales/spoken-only.json`, counted, never synthesised.
@Suite struct SpokenOnlyTests {
    func declare(_ json: String) throws -> String {
        let folder = try temporaryFolder()
        try Data(json.utf8).write(to: folder.appendingPathComponent("spoken-only.json"))
        return folder.path
    }

    @Test func theDeclaredLanguagesAreReadAndABadDeclarationNamed() throws {
        let folder = try declare(#"{"languages": [{"code": "wo", "name": "Wolof"}, {"code": "snk", "name": "Sooninkanxanne"}]}"#)
        #expect(try SpokenOnlyLanguage.load(localesFolder: folder).map(\.code) == ["wo", "snk"])
        #expect(try SpokenOnlyLanguage.load(localesFolder: try temporaryFolder().path).isEmpty)
        for (json, message) in [
            (#"{"languages": [{"code": "../fr", "name": "x"}]}"#, #""../fr" is not a language code a kiosk can speak"#),
            (#"{"languages": [{"code": "wo", "name": " "}]}"#, "the language wo has no name for the kiosk's button"),
            (#"{"languages": [{"code": "wo", "name": "Wolof"}, {"code": "wo", "name": "Wolof"}]}"#, "the language wo is declared twice"),
        ] {
            let bad = try declare(json)
            #expect(throws: SpeechError(subject: bad + "/spoken-only.json", message: message)) { try SpokenOnlyLanguage.load(localesFolder: bad) }
        }
    }

    @Test func itsPromptsAreRecordedOrMissingNeverRenderedAndCountedPerProcedure() async throws {
        let recordings = try temporaryFolder()
        let recorded = recordings.appendingPathComponent("wo/essai/foyer.wav")
        try FileManager.default.createDirectory(at: recorded.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("a speaker's voice".utf8).write(to: recorded)
        var library = AudioLibrary(
            configuration: try shippedConfiguration(), cacheDirectory: try temporaryFolder(), recordings: Recordings(folder: recordings))
        library.spokenOnly = ["wo"]
        let procedure = try ProcedureLoader().loadProcedure(
            xml: #"""
                <procedure xmlns="urn:ariane:procedure:1" id="essai" version="1" xml:lang="fr">
                  <title>Essai</title>
                  <source href="https://www.service-public.fr/" checked="2026-11-01"/>
                  <start step="foyer"/>
                  <step id="foyer" kind="outcome" result="eligible"><text>Combien ?</text><audio>Combien ?</audio></step>
                </procedure>
                """#, file: "essai.xml")
        let items = SpokenItem.items(
            in: ProcedureLibrary(procedures: [procedure]), recordedIn: "wo", words: [(name: "stillThere", text: "Vous êtes toujours là ?")])
        #expect(items.map(\.name) == ["essai", "essai/foyer", "interface/stillThere"])
        #expect(items.allSatisfy { $0.locale == "wo" })
        #expect(try await library.audioFile(for: items[1]) == recorded)
        #expect(try await library.audioFile(for: items[2]) == nil)
        #expect(
            try library.statusByProcedure(of: items) == [
                .init(group: "essai", status: AudioStatus(locale: "wo", recorded: 1, synthesised: 0, missing: 1)),
                .init(group: "interface", status: AudioStatus(locale: "wo", recorded: 0, synthesised: 0, missing: 1)),
            ])
    }
}
