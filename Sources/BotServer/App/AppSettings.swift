import Foundation

/// Everything the server is configured with: command-line options and the environment.
struct AppSettings: Sendable {
    var host = "127.0.0.1"
    var port = 8080
    var dataDirectory = URL(fileURLWithPath: ".")
    /// `ADMIN_TOKEN`; nil disables the admin routes.
    var adminToken: String?
    /// `REDIS_URL`; nil keeps the state in process.
    var redisURL: String?
    /// `RATE_LIMIT_PER_IP`: requests per minute from one client address to the bot routes; 0 turns it off.
    var perIPPerMinute = 1200
    /// `CATALOG_POLL_SECONDS`: how often the data files are checked for changes; 0 turns it off.
    var cataloguePollSeconds = 3.0
    /// `BENCH_ECHO=1` adds `POST /bench/echo`, the baseline of the HTTP benchmark.
    var benchEcho = false
    /// How long a conversation is kept after its last turn.
    var sessionTTLSeconds = 30 * 60
    /// The environment the LLM layer reads its provider settings from.
    var environment: [String: String] = [:]

    /// Settings from the environment (`ADMIN_TOKEN`, `REDIS_URL`, `RATE_LIMIT_PER_IP`, …).
    static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> AppSettings {
        var s = AppSettings()
        s.environment = env
        if let t = env["ADMIN_TOKEN"], !t.isEmpty { s.adminToken = t }
        if let r = env["REDIS_URL"], !r.isEmpty { s.redisURL = r }
        if let v = env["RATE_LIMIT_PER_IP"].flatMap(Int.init) { s.perIPPerMinute = max(0, v) }
        if let v = env["CATALOG_POLL_SECONDS"].flatMap(Double.init) { s.cataloguePollSeconds = max(0, v) }
        s.benchEcho = env["BENCH_ECHO"] == "1"
        return s
    }
}
