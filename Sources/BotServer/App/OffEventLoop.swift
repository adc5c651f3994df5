import NIOPosix

/// Runs blocking work (file reads, index builds) on NIO's blocking-I/O thread pool, never on an
/// event loop, which also runs Swift concurrency here and must stay free for requests.
func offEventLoop<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await NIOThreadPool.singleton.runIfActive(body)
}
