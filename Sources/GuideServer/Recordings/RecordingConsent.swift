/// The sentence a speaker ticks before sending a recording; its version is stored with each submission,
/// so a changed text never passes for the one someone agreed to.
enum RecordingConsent {
    static let version = "2026-12-1"
    static let text =
        "J'accepte que ma voix, enregistrée ici, soit diffusée par les bornes Ariane pour guider les habitants. "
        + "Mon nom et la date sont conservés avec cet accord. Je peux demander à un administrateur de retirer l'enregistrement."
}
