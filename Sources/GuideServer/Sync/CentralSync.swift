public import EventLog

/// What a central server needs to take sites' events: who may send (``SiteRegistry``) and where
/// they go (``SiteEventReceiver``, the central's own log).
public struct CentralSync: Sendable {
    public var receiver: any SiteEventReceiver
    public var registry: any SiteRegistry
    /// The largest batch body taken, in bytes; a larger one is refused with 413. A site sends 2 000
    /// events at a time: about 34 kB in the compact format, 600 kB in JSON.
    public var maxBatchBytes: Int

    public init(receiver: any SiteEventReceiver, registry: any SiteRegistry, maxBatchBytes: Int = 32 << 20) {
        self.receiver = receiver
        self.registry = registry
        self.maxBatchBytes = maxBatchBytes
    }
}
