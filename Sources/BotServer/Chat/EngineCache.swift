import Commerce
import IntentEngine
import Synchronization

/// One `ConversationEngine` per loaded shop: building one compiles the shop's FAQ and texts, work
/// that must not happen per request. A reloaded shop is a new `Shop` object and gets a new engine.
final class EngineCache: Sendable {
    private let engines = Mutex<[String: (shop: Shop, engine: ConversationEngine)]>([:])

    func engine(for shop: Shop) -> ConversationEngine {
        if let cached = engines.withLock({ $0[shop.id] }), cached.shop === shop { return cached.engine }
        let engine = ConversationEngine(shop: shop)
        engines.withLock { $0[shop.id] = (shop, engine) }
        return engine
    }
}
