extension AudioLibrary {
    /// One locale's counts for one procedure (or shared folder: `documents`, `interface`…).
    public struct GroupStatus: Sendable, Hashable {
        public var group: String
        public var status: AudioStatus

        public init(group: String, status: AudioStatus) {
            self.group = group
            self.status = status
        }
    }

    /// The counts of ``status(of:)`` split by procedure, per locale, both in first-seen order: where a
    /// person recording a language should start.
    public func statusByProcedure(of items: [SpokenItem]) throws(SpeechError) -> [GroupStatus] {
        var order: [GroupKey] = []
        var grouped: [GroupKey: [SpokenItem]] = [:]
        for item in items {
            let key = GroupKey(locale: item.locale, group: item.group)
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(item)
        }
        var statuses: [GroupStatus] = []
        for key in order {
            for status in try status(of: grouped[key] ?? []) {
                statuses.append(GroupStatus(group: key.group, status: status))
            }
        }
        return statuses
    }

    private struct GroupKey: Hashable {
        var locale: String
        var group: String
    }
}
