import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import BotServer

/// A private `redis-server` on a free loopback port, started and stopped by a test.
final class RedisTestServer: @unchecked Sendable {
    let port: Int
    private var process: Process?
    private let directory: URL

    var url: String { "redis://127.0.0.1:\(port)/0" }

    /// Nil when no `redis-server` binary is installed.
    static func start() throws -> RedisTestServer? {
        guard let binary = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"].first(where: FileManager.default.isExecutableFile) else {
            return nil
        }
        let server = RedisTestServer(port: freePort(), binary: binary)
        try server.launch()
        return server
    }

    private let binary: String

    private init(port: Int, binary: String) {
        self.port = port
        self.binary = binary
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("redis-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Starts (or restarts) the server on the same port and waits until it answers.
    func launch() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                       "--dir", directory.path, "--logfile", directory.appendingPathComponent("redis.log").path]
        try p.run()
        process = p
        for _ in 0..<100 {
            if Self.canConnect(port) { return }
            usleep(20_000)
        }
        throw NSError(domain: "RedisTestServer", code: 1, userInfo: [NSLocalizedDescriptionKey: "redis-server did not start on \(port)"])
    }

    /// Kills the server abruptly (an outage, not a clean shutdown).
    func kill() {
        guard let p = process else { return }
        Glibc.kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        process = nil
    }

    deinit {
        kill()
        try? FileManager.default.removeItem(at: directory)
    }

    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    static func canConnect(_ port: Int) -> Bool {
        (try? RedisConnection(url: RedisURL(host: "127.0.0.1", port: port), connectTimeout: 0.2, commandTimeout: 0.2)
            .command(["PING"])) == .status("PONG")
    }
}

/// The shared test Redis from scripts/test.sh, or a private one; nil (test skipped) when neither exists.
func testRedisURL() throws -> (url: String, owned: RedisTestServer?)? {
    if let url = ProcessInfo.processInfo.environment["TEST_REDIS_URL"], !url.isEmpty { return (url, nil) }
    guard let server = try RedisTestServer.start() else { return nil }
    return (server.url, server)
}
