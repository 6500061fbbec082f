import Foundation
import ProcedureModel
import ProcedureXML
import Speech
import Testing

@Test func everyPromptAndChoiceWithAudioIsAnItemInTheProceduresLanguage() throws {
    let xml = #"""
        <procedure xmlns="urn:ariane:procedure:1" id="essai" version="1" xml:lang="fr">
          <title>Essai</title>
          <source href="https://www.service-public.fr/" checked="2026-11-01"/>
          <start step="foyer"/>
          <step id="foyer" kind="question">
            <text>Combien êtes-vous ?</text><audio>Combien êtes-vous ?<break time="300ms"/>Touchez un chiffre.</audio>
            <help>Comptez-vous aussi, et les enfants.</help>
            <choice value="1" next="fin"><text>Seul</text><audio>Seul.</audio></choice>
            <choice value="2+" next="fin"><text>Plusieurs</text></choice>
          </step>
          <step id="fin" kind="outcome" result="eligible">
            <text>Vous avez droit.</text><audio>Vous avez <emphasis level="strong">droit</emphasis>.</audio>
          </step>
        </procedure>
        """#
    let procedure = try ProcedureLoader().loadProcedure(xml: xml, file: "essai.xml")
    let items = SpokenItem.items(in: [procedure])
    #expect(items.map(\.name) == ["essai/foyer", "essai/foyer/help", "essai/foyer.1", "essai/fin"])
    #expect(items.allSatisfy { $0.locale == "fr" })
    #expect(
        items.map(\.script.speakDocument) == [
            #"<speak>Combien êtes-vous ?<break time="300ms"/>Touchez un chiffre.</speak>"#,
            "<speak>Comptez-vous aussi, et les enfants.</speak>",
            "<speak>Seul.</speak>",
            #"<speak>Vous avez <emphasis level="strong">droit</emphasis>.</speak>"#,
        ])
}

@Test func directoryEntriesAreSpokenUnderTheirOwnNames() {
    let spoken = { (text: String) in Prompt(text: text, audio: AudioScript(parts: [.text(text)])) }
    let library = ProcedureLibrary(
        documents: ["rib": Document(id: "rib", prompt: spoken("Un RIB.")), "avis": Document(id: "avis", prompt: Prompt(text: "Avis"))],
        helpPoints: ["caf": HelpPoint(id: "caf", name: "CAF", prompt: spoken("La CAF."))])
    let items = SpokenItem.items(in: library, directoryLocale: "fr")
    #expect(items.map(\.name) == ["documents/rib", "help-points/caf"])
}

@Test func aNameThatWouldLeaveItsFolderIsRefused() async throws {
    let library = AudioLibrary(configuration: try shippedConfiguration(), cacheDirectory: try temporaryFolder())
    let climbing = SpokenItem(locale: "fr", name: "../../etc/passwd", script: AudioScript(parts: [.text("Non.")]))
    let error = await #expect(throws: SpeechError.self) { try await library.audioFile(for: climbing) }
    #expect(error?.description == #"../../etc/passwd: error: not a name a file can have (locale "fr")"#)
    #expect(Recordings(folder: try temporaryFolder()).recording(for: climbing) == nil)
}
