import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The client of an OpenFisca-France web API (`openfisca serve --country-package openfisca_france`).
///
/// Every call has a deadline: a kiosk waits a few seconds at most, then shows the step's own text.
public struct OpenFiscaClient: Sendable {
    /// The web API's root, without a trailing slash: `http://127.0.0.1:5055`.
    public let url: String
    public let timeout: Duration

    public init(url: String, timeout: Duration = .seconds(8)) {
        self.url = url.hasSuffix("/") ? String(url.dropLast()) : url
        self.timeout = timeout
    }

    /// `POST /calculate` for a situation; the family's values by variable, for the situation's month.
    public func calculate(_ situation: Situation) async throws(EstimateError) -> [String: Double] {
        let body = try await send(path: "/calculate", body: situation.body)
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
            let families = object["familles"] as? [String: Any], let family = families["famille"] as? [String: Any]
        else { throw EstimateError.unreadableAnswer(url: url + "/calculate", "no \"familles\".\"famille\" in the answer") }
        var values: [String: Double] = [:]
        for (variable, periods) in family {
            guard let byMonth = periods as? [String: Any], let value = byMonth[situation.period] else { continue }
            // Booleans (eligibility) come back as JSON true/false: 1 and 0.
            if let number = value as? NSNumber { values[variable] = number.doubleValue }
        }
        return values
    }

    /// `GET /variables`: every variable name of the rules package, and the package's version.
    public func variables() async throws(EstimateError) -> (names: Set<String>, version: String) {
        let (body, headers) = try await exchange(path: "/variables", body: nil)
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw EstimateError.unreadableAnswer(url: url + "/variables", "not a JSON object of variables")
        }
        // The web API names its rules package and release in a header of every answer.
        let package = headers.first(name: "Country-Package") ?? "country package"
        let version = headers.first(name: "Country-Package-Version") ?? "of unknown version"
        return (Set(object.keys), "\(package) \(version)")
    }

    private func send(path: String, body: Data?) async throws(EstimateError) -> Data {
        try await exchange(path: path, body: body).body
    }

    private func exchange(path: String, body: Data?) async throws(EstimateError) -> (body: Data, headers: HTTPHeaders) {
        var request = HTTPClientRequest(url: url + path)
        if let body {
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(body)
        }
        let started = ContinuousClock.now
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .nanoseconds(timeout.nanoseconds))
            let buffer = try await response.body.collect(upTo: 8 << 20)
            guard response.status == .ok else {
                throw EstimateError.unavailable(url: url + path, "HTTP \(response.status.code): \(String(buffer: buffer).prefix(300))")
            }
            return (Data(buffer.readableBytesView), response.headers)
        } catch let error as EstimateError {
            throw error
        } catch {
            // The deadline shows as a read timeout or a cancelled request; the clock says which it was.
            if ContinuousClock.now - started >= timeout { throw EstimateError.timedOut(url: url + path, seconds: timeout.seconds) }
            throw EstimateError.unavailable(url: url + path, String(describing: error))
        }
    }
}

extension Duration {
    var nanoseconds: Int64 { components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000 }
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
