import Foundation
import IntentEngine
import Logging

/// Conversations kept in the shared key-value store under `session:{business_id}:{session_id}`, so
/// any instance can continue any conversation and a session id sent to another shop finds nothing
/// of the first. Stored in the state's compact text form; JSON written by earlier versions still loads.
struct SessionStore: Sendable {
    let store: any KeyValueStore
    let ttlSeconds: Int
    let metrics: BotMetrics
    let logger: Logger
    /// The store when it keeps values in this process: conversations then skip the text form.
    private let local: (any InProcessStore)?

    init(store: any KeyValueStore, ttlSeconds: Int, metrics: BotMetrics, logger: Logger) {
        self.store = store
        self.ttlSeconds = ttlSeconds
        self.metrics = metrics
        self.logger = logger
        self.local = store as? any InProcessStore
    }

    static func key(businessID: String, sessionID: String) -> String {
        StoreKey.join("session:", businessID, ":", sessionID)
    }

    /// The saved state, nil when there is none (new, expired, other shop) or the store failed.
    func load(businessID: String, sessionID: String) async -> ConversationState? {
        let key = Self.key(businessID: businessID, sessionID: sessionID)
        if let local {
            switch local.conversation(key) {
            case .state(let state)?: return state
            case .text(let raw)?: return decode(raw, businessID: businessID)
            case nil: return nil
            }
        }
        let raw: String?
        do {
            raw = try await store.get(key)
        } catch {
            metrics.storeError(operation: "session_get")
            logger.warning("session load failed; starting over", metadata: ["error": "\(error)", "business_id": "\(businessID)"])
            return nil
        }
        guard let raw else { return nil }
        return decode(raw, businessID: businessID)
    }

    private func decode(_ raw: String, businessID: String) -> ConversationState? {
        if let state = ConversationState(storeText: raw) { return state }
        if raw.utf8.first == UInt8(ascii: "{"), let state = try? JSONDecoder().decode(ConversationState.self, from: Data(raw.utf8)) {
            return state
        }
        // A state written by an incompatible version: start the conversation over.
        logger.info("unreadable session state; starting over", metadata: ["business_id": "\(businessID)"])
        return nil
    }

    /// Saves the state; a store failure is counted and logged, never surfaced to the customer.
    func save(_ state: ConversationState, businessID: String, sessionID: String) async {
        let key = Self.key(businessID: businessID, sessionID: sessionID)
        if let local { return local.setConversation(key, state, ttl: ttlSeconds) }
        do {
            try await store.set(key, value: state.storeText(), ttl: ttlSeconds)
        } catch {
            metrics.storeError(operation: "session_set")
            logger.warning("session save failed", metadata: ["error": "\(error)", "business_id": "\(businessID)"])
        }
    }
}
