import Foundation

/// Where a Redis server is: parsed from `redis://[[user]:password@]host[:port][/db]`.
struct RedisURL: Sendable, Hashable, CustomStringConvertible {
    var host: String
    var port: Int
    /// The ACL user (Redis 6+); nil authenticates as the default user.
    var username: String?
    var password: String?
    var database: Int

    /// Parses a `redis://` URL; nil when it is not one.
    init?(_ string: String) {
        guard let components = URLComponents(string: string), components.scheme == "redis" else { return nil }
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        port = components.port ?? 6379
        let user = components.user.flatMap { $0.isEmpty ? nil : $0 }
        if let secret = components.password.flatMap({ $0.isEmpty ? nil : $0 }) {
            username = user
            password = secret
        } else {
            // `redis://secret@host` is the common shorthand for a password alone.
            username = nil
            password = user
        }
        let path = components.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        database = path.isEmpty ? 0 : (Int(path) ?? 0)
    }

    init(host: String, port: Int, username: String? = nil, password: String? = nil, database: Int = 0) {
        self.host = host; self.port = port; self.username = username; self.password = password; self.database = database
    }

    /// The address without the password (logs, health reports).
    var description: String { "redis://\(host):\(port)/\(database)" }
}
