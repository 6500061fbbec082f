import ProcedureModel

/// The checks that need the whole library: procedure ids across files, and the directories themselves.
enum LibraryRules {
    static func check(_ library: ProcedureLibrary) -> [Diagnostic] {
        let duplicateIDs = repeats(in: library.procedures, by: \.id).map { first, again in
            Diagnostic(
                .duplicateProcedureID, file: again.file, location: again.location,
                message: "procedure id \(again.id.quoted) is already used in \(first.file) (line \(first.location.line))")
        }
        return duplicateIDs + Audio.checkDirectories(library)
    }
}
