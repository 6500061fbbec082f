import ProcedureModel

/// Which pictogram stands for a theme, and so for each of its procedures, on the kiosk's picker
/// (files in `static/pictograms/`, each drawn with its own `<title>`).
enum Pictograms {
    static func name(for theme: Theme?) -> String {
        theme.map { "theme-\($0.rawValue)" } ?? "theme-other"
    }
}
