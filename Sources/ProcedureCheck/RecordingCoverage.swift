public import ProcedureModel

/// The prompts a spoken-only language still lacks: espeak-ng cannot speak it, so each prompt needs a
/// person's recording, and until then its kiosk says only that the message is not recorded yet.
public enum RecordingCoverage {
    /// One warning per procedure (on its file) and per shared folder (on `recordingsFolder`), in the
    /// order of `unrecorded`: how many of its `total` prompts lack a recording in `language`, naming
    /// the first few; a single warning for a language nobody has recorded anything in yet.
    ///
    /// - Parameters:
    ///   - unrecorded: the names of the items without a recording (`css/foyer.1`, `interface/stillThere`).
    ///   - total: how many items each procedure or folder has in all, by its name.
    public static func check(
        language: String, unrecorded: [String], total: [String: Int], in library: ProcedureLibrary, recordingsFolder: String
    ) -> [Diagnostic] {
        let all = total.values.reduce(0, +)
        if !unrecorded.isEmpty, unrecorded.count == all {
            // Nothing recorded yet: one warning, not one per procedure.
            return [
                Diagnostic(
                    .missingRecording, file: "\(recordingsFolder)/\(language)", location: .unknown, severity: .warning,
                    message: "\(language): none of its \(all) prompts has a recording yet; its kiosk is not offered until one has")
            ]
        }
        var groups: [String] = []
        var missing: [String: [String]] = [:]
        for name in unrecorded {
            let group = String(name.prefix { $0 != "/" })
            if missing[group] == nil { groups.append(group) }
            missing[group, default: []].append(name)
        }
        return groups.map { group in
            let names = missing[group] ?? []
            let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? "…" : "")
            let message =
                "\(language): \(names.count) of \(total[group] ?? names.count) prompts of \(group) have no recording yet: \(shown)"
            if let procedure = library.procedure(group) {
                return Diagnostic(.missingRecording, file: procedure.file, location: procedure.location, severity: .warning, message: message)
            }
            return Diagnostic(
                .missingRecording, file: "\(recordingsFolder)/\(language)", location: .unknown, severity: .warning, message: message)
        }
    }
}
