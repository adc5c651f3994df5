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

    static func key(businessID: String, sessionID: String) -> String {
        "session:" + businessID + ":" + sessionID
    }

    /// The saved state, nil when there is none (new, expired, other shop) or the store failed.
    func load(businessID: String, sessionID: String) async -> ConversationState? {
        let raw: String?
        do {
            raw = try await store.get(Self.key(businessID: businessID, sessionID: sessionID))
        } catch {
            metrics.storeError(operation: "session_get")
            logger.warning("session load failed; starting over", metadata: ["error": "\(error)", "business_id": "\(businessID)"])
            return nil
        }
        guard let raw else { return nil }
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
        do {
            try await store.set(Self.key(businessID: businessID, sessionID: sessionID),
                                value: state.storeText(), ttl: ttlSeconds)
        } catch {
            metrics.storeError(operation: "session_set")
            logger.warning("session save failed", metadata: ["error": "\(error)", "business_id": "\(businessID)"])
        }
    }
}
