import EventLog
import Foundation
import ProcedureModel

/// Runs `ariane` with its data folder in `folder/data`, so that no test writes to the user's own log.
func ariane(_ arguments: [String], in folder: URL, input: String? = nil, environment: [String: String] = [:]) throws -> ArianeProcess.Output {
    try ArianeProcess.run(arguments, in: folder, input: input, environment: environment)
}

/// Every event of the log at `path`, in the store's order.
func storedEvents(_ path: URL, matching filter: EventFilter = .all) async throws -> [GuideEvent] {
    let store = try SQLiteEventStore(path: path.path)
    var events: [GuideEvent] = []
    try await store.forEachEvent(matching: filter) { events.append($0) }
    return events
}

/// The events grouped by session, in the store's order.
func sessions(_ events: [GuideEvent]) -> [[GuideEvent]] {
    var sessions: [[GuideEvent]] = []
    for event in events {
        if sessions.last?.first?.session == event.session { sessions[sessions.count - 1].append(event) } else { sessions.append([event]) }
    }
    return sessions
}
