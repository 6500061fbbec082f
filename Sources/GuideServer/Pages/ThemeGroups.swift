import KioskWords
import ProcedureModel

/// The kiosk's picker, grouped by theme (santé, argent, logement, travail, papiers, famille) in that
/// fixed order, then the procedures without a theme; a theme without procedures is left out.
enum ThemeGroups {
    static func make(_ content: LocalizedContent, withAudio: Bool) -> [KioskPages.ThemeGroup] {
        let language = content.language.code
        let byTheme = Dictionary(grouping: content.library.procedures.filter { content.offered.contains($0.id) }, by: \.theme)
        let order: [Theme?] = Theme.allCases.map { $0 } + [nil]
        return order.compactMap { theme in
            guard let procedures = byTheme[theme], !procedures.isEmpty else { return nil }
            let word = KioskSpokenWords.themeWord(theme)
            return KioskPages.ThemeGroup(
                id: theme?.rawValue ?? "other",
                name: content.word(word),
                pictogram: Pictograms.name(for: theme),
                audio: withAudio ? AudioPath.forWord(language, word) : nil,
                procedures: procedures.map { procedure in
                    KioskPages.ProcedureItem(
                        id: procedure.id, lang: language, title: procedure.title,
                        summary: procedure.summary.isEmpty ? nil : procedure.summary,
                        pictogram: Pictograms.name(for: procedure.theme),
                        audio: withAudio ? AudioPath.forTitle(language, procedure.id) : nil
                    )
                }
            )
        }
    }
}
