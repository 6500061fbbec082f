import Synchronization

/// What the kiosk's own pages remember of a live session: the display chosen, and the answer to
/// "did this help?" (so that the faces are not offered twice).
///
/// The page frame reads the memory of the request being answered (``current``), so that no route has
/// to pass it along; `nil` outside a live kiosk session, where the display controls are not offered.
struct PageMemory: Sendable, Hashable {
    var display = DisplayChoice()
    /// `good`, `neutral` or `bad` once the resident answered.
    var feedback: String?

    /// The memory of the request being answered, with the address of the kiosk page drawn.
    struct Drawing: Sendable {
        let memory: PageMemory
        let page: String
    }

    /// Both set at once: each task-local value set is an allocation and a lookup chain to walk.
    @TaskLocal static var drawing: Drawing?

    static var current: PageMemory? { drawing?.memory }
    /// The address of the kiosk page being drawn, which the display buttons come back to.
    static var page: String? { drawing?.page }
}

/// The memories of the live kiosk sessions, by session token: held here and never in a cookie, so
/// that nothing of them outlives the session on the shared screen.
///
/// Behind a lock rather than in an actor: every kiosk page reads its memory, and an actor's hop cost
/// more than the dictionary lookup it guards.
final class PageMemories: Sendable {
    private let byToken = Mutex<[String: PageMemory]>([:])

    func memory(for token: String) -> PageMemory {
        byToken.withLock { $0[token] ?? PageMemory() }
    }

    func change(_ token: String, _ body: (inout PageMemory) -> Void) {
        byToken.withLock { byToken in
            var memory = byToken[token] ?? PageMemory()
            body(&memory)
            byToken[token] = memory
        }
    }

    /// The session ended: what was remembered of it goes with it.
    func forget(_ token: String) {
        _ = byToken.withLock { $0.removeValue(forKey: token) }
    }

    /// The tokens remembered, so that those of ended sessions can be forgotten.
    var tokens: [String] { byToken.withLock { Array($0.keys) } }
}
