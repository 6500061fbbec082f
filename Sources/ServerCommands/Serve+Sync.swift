import ArgumentParser
import EventLog
import Foundation
import Logging
import SiteSync

extension Serve {
    /// `--upstream` needs a site name to ship as and a key to ship with, and is an http(s) address.
    func validateSync() throws {
        guard syncRetryMax >= 0.1 else { throw ValidationError("--sync-retry-max takes 0.1 seconds or more, not \(syncRetryMax)") }
        guard let upstream else {
            if siteKeyFile != nil { throw ValidationError("--site-key-file is for a site: give --upstream too, the central server's address") }
            return
        }
        guard let url = URL(string: upstream), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
            throw ValidationError("--upstream takes the central server's address, such as https://ariane.example.fr, not '\(upstream)'")
        }
        guard site != nil else { throw ValidationError("--upstream needs --site NAME: the name the central server registered this site under") }
        guard siteKeyFile != nil else { throw ValidationError("--upstream needs --site-key-file FILE: the key `ariane site add` printed") }
    }

    /// The background shipping of a site (`--upstream`); `nil` for a server that ships nowhere.
    func shippingService(store: SQLiteEventStore?) throws -> ShippingService? {
        guard let upstream, let url = URL(string: upstream), let site, let siteKeyFile else { return nil }
        guard let store else { throw ValidationError("--upstream is for a site, whose own log is an SQLite file: not with --db postgres://…") }
        let link: CentralLink
        do {
            link = try CentralLink(upstream: url, keyFile: siteKeyFile)
        } catch {
            throw ValidationError("\(error)")
        }
        return ShippingService(
            shipper: SiteShipper(site: site, store: store, link: link), backoff: Backoff(cap: syncRetryMax), logger: Logger(label: "ariane.sync"))
    }
}
