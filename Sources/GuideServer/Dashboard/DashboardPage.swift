/// Everything the one dashboard page shows: the procedures to move between, the filters, the
/// report, and "did our change help?".
struct DashboardPage {
    struct ProcedureLink {
        let title: String
        let href: String
        let current: Bool
    }

    struct Field {
        let name: String
        let value: String
    }

    struct Download {
        let href: String
        let label: String
    }

    /// The comparison's own form: the page's filters as hidden fields, then the two periods or versions.
    struct CompareForm {
        let hidden: [Field]
        let beforeSince: String
        let beforeUntil: String
        let afterSince: String
        let afterUntil: String
        let beforeVersions: [FilterForm.Option]
        let afterVersions: [FilterForm.Option]
        let hasVersions: Bool
        /// Open when the view asks for a comparison.
        let open: Bool
    }

    let procedures: [ProcedureLink]
    let everything: ProcedureLink
    let form: FilterForm
    /// Why the filters were refused, in French; the form stays, filled as it was sent.
    let problem: String?
    let report: ReportView?
    let comparison: ComparisonView?
    let compare: CompareForm?
    let downloads: [Download]

    init(
        parameters: [String: String], procedures: [(id: String, title: String)], languages: [(code: String, name: String)],
        problem: String? = nil, report: ReportView? = nil, comparison: ComparisonView? = nil, versions: [String] = []
    ) {
        let chosen = parameters["procedure"] ?? ""
        let drop = ViewLink.comparisonFields
        self.procedures = procedures.map { procedure in
            ProcedureLink(
                title: procedure.title, href: "/dashboard" + ViewLink.query(parameters, changing: ["procedure": procedure.id], dropping: drop),
                current: procedure.id == chosen)
        }
        everything = ProcedureLink(
            title: "Toutes les démarches", href: "/dashboard" + ViewLink.query(parameters, changing: ["procedure": ""], dropping: drop),
            current: chosen.isEmpty)
        form = FilterForm(parameters, languages: languages)
        self.problem = problem
        self.report = report
        self.comparison = comparison
        if chosen.isEmpty || problem != nil && report == nil {
            compare = nil
        } else {
            func value(_ name: String) -> String { parameters[name] ?? "" }
            func options(_ name: String) -> [FilterForm.Option] {
                [FilterForm.Option(value: "", label: "–", selected: value(name).isEmpty)]
                    + versions.map { FilterForm.Option(value: $0, label: $0, selected: value(name) == $0) }
            }
            compare = CompareForm(
                hidden: parameters.filter { !drop.contains($0.key) && !$0.value.isEmpty }.sorted { $0.key < $1.key }
                    .map { Field(name: $0.key, value: $0.value) },
                beforeSince: value("before-since"), beforeUntil: value("before-until"), afterSince: value("after-since"),
                afterUntil: value("after-until"), beforeVersions: options("before-version"), afterVersions: options("after-version"),
                hasVersions: versions.count > 1, open: parameters.contains { drop.contains($0.key) && !$0.value.isEmpty })
        }
        let query = ViewLink.query(parameters, dropping: drop)
        downloads = [
            Download(href: "/dashboard/report.csv" + query, label: "Le rapport en CSV"),
            Download(href: "/dashboard/report.json" + query, label: "Le rapport en JSON"),
            Download(href: "/dashboard/export.xes" + query, label: "Les événements en XES (fouille de processus)"),
            Download(href: "/dashboard/export.csv" + query, label: "Les événements en CSV"),
            Download(href: "/dashboard/export.jsonl" + query, label: "Les événements en JSON Lines"),
        ]
    }
}
