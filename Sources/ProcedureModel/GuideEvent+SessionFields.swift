extension GuideEvent {
    /// The fields every event of a session shares.
    struct SessionFields: Hashable {
        var session: String
        var procedure: String
        var procedureVersion: String
        var channel: Channel
        var site: String?
        var terminal: String?
        var locale: String
    }

    /// ``SessionFields`` held by reference, so that copying an event retains one object instead of six
    /// strings.
    ///
    /// Only ``GuideEvent`` changes it, and only while it is the one event holding it (copy on write):
    /// that is why the mutable field is safe to send, and why its accesses need no run-time exclusivity
    /// check, which would otherwise cost every reader of an event's context a call.
    @usableFromInline final class SharedFields: @unchecked Sendable {
        @exclusivity(unchecked) var fields: SessionFields

        init(_ fields: SessionFields) {
            self.fields = fields
        }
    }
}
