import BlockageAnalytics
import EventLog
import Foundation
import Hummingbird
import Logging
import NIOCore
import ProcedureModel

/// The analysts' dashboard: the blockage reports of `ariane report` on one page, and as downloads.
///
/// Only aggregates leave the server: no free text, no session, small groups suppressed.
struct DashboardController {
    let services: GuideServices

    func addRoutes(to group: RouterGroup<AppContext>) {
        group.get("", use: home)
        group.get("report", use: html)
        group.get("report.csv", use: csv)
        group.get("report.json", use: json)
        for format in ExportFormat.allCases {
            group.get("export.\(format.rawValue)") { request, context in try events(request, context: context, as: format) }
        }
    }

    /// The one page: filters, report and comparison, all from the query string (a GET view that can
    /// be bookmarked and shared). A refused filter keeps the page, says why in French, with 400 for a
    /// malformed value and 404 for a procedure or language the server does not have.
    @Sendable func home(_ request: Request, context: AppContext) async throws -> Response {
        let parameters = Self.parameters(request)
        let procedures = services.library.procedures.map { (id: $0.id, title: $0.title) }.sorted { $0.title < $1.title }
        let languages = services.languages.map { (code: $0.code, name: $0.name) }
        do {
            let query = try reportQuery(parameters)
            let comparison = try ComparisonQuery(parameters, procedure: query.filter.procedure)
            let names = StepNamer(content: services.content(query.language))
            let breakdown = try await breakdown(query)
            let report = breakdown.report
            let versions = query.filter.procedure.flatMap { id in report.procedures.first { $0.procedure == id }?.versions } ?? []
            var changes: ComparisonView?
            if let comparison { changes = try await compare(comparison, query: query, names: names) }
            let page = DashboardPage(
                parameters: parameters, procedures: procedures, languages: languages,
                report: ReportView(breakdown, names: names, titles: StepNamer(content: services.content("fr")), parameters: parameters),
                comparison: changes, versions: versions)
            return try services.pages.consolePage("dashboard", context: context, title: "Tableau de bord", page: page)
        } catch let error as HTTPError where (400..<500).contains(error.status.code) {
            let page = DashboardPage(parameters: parameters, procedures: procedures, languages: languages, problem: error.body)
            return try services.pages.consolePage("dashboard", context: context, title: "Tableau de bord", page: page, status: error.status)
        }
    }

    /// The report had its own page: it is now part of the dashboard's, with the same query.
    @Sendable func html(_ request: Request, context: AppContext) async throws -> Response {
        .redirect(to: "/dashboard" + (request.uri.query.map { "?" + $0 } ?? ""), type: .permanent)
    }

    /// "Did our change help?": both views of the procedure, each differencing-safe.
    private func compare(_ comparison: ComparisonQuery, query: ReportQuery, names: StepNamer) async throws -> ComparisonView {
        let (before, after) = comparison.filters(from: query.filter)
        let procedure = query.filter.procedure ?? ""
        func view(_ side: (EventFilter, String?)) async throws -> BlockageReport {
            try await BlockageAnalytics.differencingSafeReport(
                from: services.store, filter: side.0, minimumGroup: query.minimumGroup, period: query.period, version: side.1,
                now: services.clock.now())
        }
        let first = try await view(before)
        let second = try await view(after)
        func describe(_ report: BlockageReport, _ version: String?) -> String {
            version.map { "version \($0)." } ?? ReportView.weeks(report.filter)
        }
        return ComparisonView(
            StepChange.compare(
                before: first.procedures.first { $0.procedure == procedure }, after: second.procedures.first { $0.procedure == procedure }),
            before: describe(first, before.1), after: describe(second, after.1), procedure: procedure, names: names, k: query.minimumGroup)
    }

    @Sendable func csv(_ request: Request, context: AppContext) async throws -> Response {
        let report = try await report(try reportQuery(Self.parameters(request)))
        return Self.file(CSVRenderer.render(report), type: "text/csv; charset=utf-8", download: "ariane-report.csv")
    }

    @Sendable func json(_ request: Request, context: AppContext) async throws -> Response {
        let report = try await report(try reportQuery(Self.parameters(request)))
        return Self.file(try JSONRenderer.render(report), type: "application/json", download: "ariane-report.json")
    }

    /// The events as `ariane export` writes them (XES, CSV or JSON Lines), streamed: read from the
    /// store in batches, sent in pieces of 64 KiB, so a log of millions of events never sits in
    /// memory. Once the first piece is sent, a failure can only cut the download short (the status
    /// is already 200); it is logged.
    func events(_ request: Request, context: AppContext, as format: ExportFormat) throws -> Response {
        let query = try reportQuery(Self.parameters(request))
        let (store, logger) = (services.store, context.logger)
        let body = ResponseBody { writer in
            do {
                try await format.export(from: store, filter: query.filter, chunk: Self.downloadChunk) { text in
                    try await writer.write(ByteBuffer(string: text))
                }
            } catch {
                logger.warning("the \(format.rawValue) export stopped before its end: \(error)")
                throw error
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: Self.headers(type: format.mediaType, download: "ariane-events.\(format.rawValue)"), body: body)
    }

    /// How much of a streamed download is gathered before each write.
    static let downloadChunk = 64 << 10

    /// The filters, checked against the languages this server has.
    private func reportQuery(_ parameters: [String: String]) throws -> ReportQuery {
        try ReportQuery(parameters, languages: services.languages.map(\.code))
    }

    /// The page's report, and the same view for each channel and language ("whom" a step blocks).
    private func breakdown(_ query: ReportQuery) async throws -> SafeBreakdown {
        let breakdown = try await BlockageAnalytics.differencingSafeBreakdown(
            from: services.store, filter: query.filter, minimumGroup: query.minimumGroup, period: query.period, now: services.clock.now())
        try check(query, breakdown.report)
        return breakdown
    }

    /// Every number the dashboard shows or lets download resists differencing (see docs/analytics.md).
    /// A procedure that neither the server nor the report knows is a 404.
    private func report(_ query: ReportQuery) async throws -> BlockageReport {
        let report = try await BlockageAnalytics.differencingSafeReport(
            from: services.store, filter: query.filter, minimumGroup: query.minimumGroup, period: query.period, now: services.clock.now())
        try check(query, report)
        return report
    }

    /// 404 for a procedure that neither the server nor the report knows.
    private func check(_ query: ReportQuery, _ report: BlockageReport) throws {
        if let procedure = query.filter.procedure, services.library.procedure(procedure) == nil,
            !report.procedures.contains(where: { $0.procedure == procedure })
        {
            throw ReportQuery.unknownProcedure(procedure)
        }
    }

    /// The query string's fields (decoded by Hummingbird), as plain strings.
    static func parameters(_ request: Request) -> [String: String] {
        var values: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { values[String(name)] = String(value) }
        return values
    }

    private static func file(_ text: String, type: String, download: String? = nil) -> Response {
        Response(status: .ok, headers: headers(type: type, download: download), body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private static func headers(type: String, download: String?) -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        if let download { headers[.contentDisposition] = "attachment; filename=\"\(download)\"" }
        return headers
    }
}

extension ExportFormat {
    /// The download's Content-Type.
    var mediaType: String {
        switch self {
        case .xes: "application/xml"
        case .csv: "text/csv; charset=utf-8"
        case .jsonl: "application/jsonl; charset=utf-8"
        }
    }
}
