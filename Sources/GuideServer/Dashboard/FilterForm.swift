import BlockageAnalytics

/// The dashboard's filter form, filled from the query string so that a view can be bookmarked,
/// shared and changed in place.
struct FilterForm {
    struct Option {
        let value: String
        let label: String
        let selected: Bool
    }

    let procedure: String
    let since: String
    let until: String
    let site: String
    let minGroup: String
    let channels: [Option]
    let locales: [Option]
    let languages: [Option]
    let periods: [Option]

    /// - Parameter languages: code and name of each language the server has.
    init(_ parameters: [String: String], languages: [(code: String, name: String)]) {
        func value(_ name: String) -> String { parameters[name] ?? "" }
        func options(_ name: String, _ choices: [(String, String)]) -> [Option] {
            choices.map { Option(value: $0.0, label: $0.1, selected: value(name) == $0.0) }
        }
        procedure = value("procedure")
        since = value("since")
        until = value("until")
        site = value("site")
        minGroup = parameters["min-group"].flatMap { $0.isEmpty ? nil : $0 } ?? String(ReportQuery.smallestGroup)
        channels = options("channel", [("", "Tous"), ("kiosk", "Borne"), ("assisted", "Accompagné"), ("terminal", "Terminal")])
        locales = options("locale", [("", "Toutes")] + languages.map { ($0.code, $0.name) })
        let chosen = value("lang").isEmpty ? "fr" : value("lang")
        self.languages = languages.map { Option(value: $0.code, label: $0.name, selected: $0.code == chosen) }
        periods = options("period", [("month", "mois"), ("week", "semaine")])
    }
}

/// A query string built from the page's own fields, for the links that keep the view.
struct ViewLink {
    /// The fields that belong to the comparison, left out of the links to other procedures.
    static let comparisonFields: Set<String> = [
        "before-since", "before-until", "after-since", "after-until", "before-version", "after-version",
    ]

    /// `parameters` with `changes` applied (an empty value removes the field), as `?a=1&b=2`.
    static func query(_ parameters: [String: String], changing changes: [String: String] = [:], dropping: Set<String> = []) -> String {
        let fields = parameters.merging(changes) { $1 }.filter { !$0.value.isEmpty && !dropping.contains($0.key) }
        let pairs = fields.sorted { $0.key < $1.key }.map { "\(encode($0.key))=\(encode($0.value))" }
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }

    private static func encode(_ text: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
        var encoded = ""
        for byte in text.utf8 {
            if allowed.contains(byte) {
                encoded.append(Character(Unicode.Scalar(byte)))
            } else {
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return encoded
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
