/// The step pages already rendered, with holes for what each request brings (``PageWithHoles``): a step
/// looks the same to every resident at it in one language and display, so only the first is rendered.
///
/// Held by ``GuideServices``, whose procedures never change while it lives: a server loading other
/// procedures builds new services, and with them an empty cache.
final class StepPages: Sendable {
    /// Everything a step page shows besides its holes.
    struct Key: Hashable, Sendable {
        /// The session's language, which names the words and the sounds of the page.
        let locale: String
        let procedure: String
        let version: String
        let step: String
        let canGoBack: Bool
        /// Whether the page says why an answer was refused (its words are a hole).
        let hasNotice: Bool
        /// What the frame reads of the request itself: the session's display, and the page's address.
        let memory: PageMemory?
        let address: String?
    }

    /// Pages of distinct keys kept at most. A page is some 5 kB: this is a few megabytes, far more than
    /// one site's procedures make in the languages and displays its residents choose.
    static let limit = 512

    private let pages = BoundedMemo<Key, PageWithHoles>(limit: StepPages.limit)

    func page(for key: Key) -> PageWithHoles? {
        pages.value(for: key)
    }

    func keep(_ page: PageWithHoles, for key: Key) {
        pages.keep(page, for: key)
    }

    var count: Int { pages.count }
}
