import Logging

/// The store the server runs on: Redis when `redisURL` is set (degrading to in-process state while
/// Redis is down), in-process otherwise.
func makeKeyValueStore(redisURL: String?, logger: Logger) -> any KeyValueStore {
    guard let redisURL, !redisURL.isEmpty else { return MemoryStore() }
    guard let url = RedisURL(redisURL) else {
        logger.error("REDIS_URL is not a redis:// URL; using the in-process store", metadata: ["url": "\(redisURL)"])
        return MemoryStore()
    }
    return FailoverStore(primary: RedisStore(url: url), fallback: MemoryStore(), logger: logger)
}
