import Hummingbird
import NIOCore

/// The request context of every route: Hummingbird's core storage plus the request id.
struct BotRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// Set by the request-id middleware; echoed in answers, errors and logs.
    var requestID: String = ""
    /// The socket peer's address; nil when there is no socket (router tests).
    let peerAddress: String?

    init(source: Source) {
        self.coreContext = .init(source: source)
        self.peerAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Bodies above this are refused with 413 when decoded by Hummingbird itself.
    var maxUploadSize: Int { BodyLimit.bytes }
}

/// The request body limit: bot questions are at most 1,000 characters, so 64 kB leaves ample room.
enum BodyLimit {
    static let bytes = 64 * 1024
}
