import EventLog
import GuideEngine
import ProcedureModel

extension GuideServices {
    /// Appends the events among `effects` to the store and waits until they are committed.
    func record(_ effects: [Effect]) async throws {
        let events = effects.compactMap { effect -> GuideEvent? in
            if case .log(let event) = effect { return event }
            return nil
        }
        guard !events.isEmpty else { return }
        try await store.append(events)
        metrics.recorded(events)
    }
}
