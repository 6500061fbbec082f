import BlockageAnalytics
import EventLog
import Foundation
import Hummingbird
import NIOCore
import ProcedureModel

/// The analysts' dashboard: the blockage reports of `ariane report` as pages and downloads.
///
/// Only aggregates leave the server: no free text, no session, small groups suppressed.
struct DashboardController {
    let services: GuideServices

    func addRoutes(to group: RouterGroup<AppContext>) {
        group.get("", use: home)
        group.get("report", use: html)
        group.get("report.csv", use: csv)
        group.get("report.json", use: json)
        group.get("export.xes", use: xes)
    }

    struct Home {
        let procedures: [[String: String]]
        let query: String
    }

    @Sendable func home(_ request: Request, context: AppContext) async throws -> Response {
        _ = try ReportQuery(Self.parameters(request))
        let procedures = services.library.procedures.map { ["id": $0.id, "title": $0.title] }
        let query = request.uri.query.map { "?" + $0 } ?? ""
        return try services.pages.consolePage("dashboard", context: context, title: "Tableau de bord", page: Home(procedures: procedures, query: query))
    }

    @Sendable func html(_ request: Request, context: AppContext) async throws -> Response {
        let report = try await report(request)
        return Self.file(HTMLRenderer.render(report), type: "text/html; charset=utf-8")
    }

    @Sendable func csv(_ request: Request, context: AppContext) async throws -> Response {
        let report = try await report(request)
        return Self.file(CSVRenderer.render(report), type: "text/csv; charset=utf-8", download: "ariane-report.csv")
    }

    @Sendable func json(_ request: Request, context: AppContext) async throws -> Response {
        let report = try await report(request)
        return Self.file(try JSONRenderer.render(report), type: "application/json", download: "ariane-report.json")
    }

    @Sendable func xes(_ request: Request, context: AppContext) async throws -> Response {
        let query = try ReportQuery(Self.parameters(request))
        var text = ""
        try await ExportFormat.xes.export(from: services.store, filter: query.filter) { text += $0 }
        return Self.file(text, type: "application/xml", download: "ariane-events.xes")
    }

    private func report(_ request: Request) async throws -> BlockageReport {
        let query = try ReportQuery(Self.parameters(request))
        return try await BlockageAnalytics.report(
            from: services.store, filter: query.filter, minimumGroup: query.minimumGroup, period: query.period, now: services.clock.now()
        )
    }

    /// The query string's fields (decoded by Hummingbird), as plain strings.
    static func parameters(_ request: Request) -> [String: String] {
        var values: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { values[String(name)] = String(value) }
        return values
    }

    private static func file(_ text: String, type: String, download: String? = nil) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        if let download { headers[.contentDisposition] = "attachment; filename=\"\(download)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
