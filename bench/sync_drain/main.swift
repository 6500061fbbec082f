import EventLog
import Foundation
import ProcedureModel

// Fills a site's own log with events waiting to be shipped, as a busy site offline for a while
// would have them: sessions of ten events on forty kiosks, all naming the site.
// Usage: SyncDrainFill DB SITE EVENTS

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 3, let count = Int(arguments[2]), count >= 0 else {
    FileHandle.standardError.write(Data("usage: SyncDrainFill DB SITE EVENTS\n".utf8))
    exit(2)
}
let (path, site) = (arguments[0], arguments[1])
let store = try SQLiteEventStore(path: path)
let kinds: [GuideEvent.Kind] = [.sessionStarted, .stepEntered, .audioPlayed, .answered, .stepEntered, .helpAsked, .answered, .back, .stepEntered, .completed]
let start: MillisecondsSince1970 = 1_793_606_400_000
var batch: [GuideEvent] = []
for index in 0..<count {
    let session = index / kinds.count
    batch.append(
        GuideEvent(
            session: "\(site)-\(session)", procedure: "css", procedureVersion: "2026-11", step: "etape-\(index % 7)", kind: kinds[index % kinds.count],
            time: start + Int64(index) * 900, channel: .kiosk, site: site, terminal: "borne-\(session % 40 + 1)", locale: "fr",
            value: kinds[index % kinds.count] == .answered ? "\(index % 5)" : nil))
    if batch.count == 5_000 || index == count - 1 {
        try await store.append(batch)
        batch.removeAll(keepingCapacity: true)
    }
}
try store.close()
