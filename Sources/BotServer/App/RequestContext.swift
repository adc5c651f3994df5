import Hummingbird

/// The request context of every route: Hummingbird's core storage plus the request id.
struct BotRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// Set by the request-id middleware; echoed in answers, errors and logs.
    var requestID: String = ""

    init(source: Source) {
        self.coreContext = .init(source: source)
    }
}
