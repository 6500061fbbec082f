import BlockageAnalytics
import EventLog
import Foundation
import Hummingbird
import Logging
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
        for format in ExportFormat.allCases {
            group.get("export.\(format.rawValue)") { request, context in try events(request, context: context, as: format) }
        }
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
        var response = Self.file(HTMLRenderer.render(report), type: "text/html; charset=utf-8")
        // The report's styles are inline, so that the same file also works saved on its own.
        response.headers[.contentSecurityPolicy] = SecurityHeadersMiddleware<AppContext>.inlineStylePolicy
        return response
    }

    @Sendable func csv(_ request: Request, context: AppContext) async throws -> Response {
        let report = try await report(request)
        return Self.file(CSVRenderer.render(report), type: "text/csv; charset=utf-8", download: "ariane-report.csv")
    }

    @Sendable func json(_ request: Request, context: AppContext) async throws -> Response {
        let report = try await report(request)
        return Self.file(try JSONRenderer.render(report), type: "application/json", download: "ariane-report.json")
    }

    /// The events as `ariane export` writes them (XES, CSV or JSON Lines), streamed: read from the
    /// store in batches, sent in pieces of 64 KiB, so a log of millions of events never sits in
    /// memory. Once the first piece is sent, a failure can only cut the download short (the status
    /// is already 200); it is logged.
    func events(_ request: Request, context: AppContext, as format: ExportFormat) throws -> Response {
        let query = try ReportQuery(Self.parameters(request))
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
