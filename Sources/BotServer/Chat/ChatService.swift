import Commerce
import Foundation
import IntentEngine
import Logging

/// Answers one customer turn: tenant, limits, conversation state, the engine, the LLM fallback.
/// Shared by `/web_bot`, `/web_bot/stream` and `BotServer ask`; holds no per-conversation memory.
struct ChatService: Sendable {
    let services: AppServices
    let sessions: SessionStore
    let limiter: RateLimiter
    let engines = EngineCache()

    init(services: AppServices) {
        self.services = services
        self.sessions = SessionStore(store: services.store, ttlSeconds: services.settings.sessionTTLSeconds,
                                     metrics: services.metrics, logger: services.logger)
        self.limiter = RateLimiter(store: services.store, metrics: services.metrics, logger: services.logger)
    }

    /// A turn decided by the engine, before any LLM call. A class: it travels through the LLM call,
    /// the stream and the answer, and sharing it costs one reference instead of copying every field.
    final class Turn: Sendable {
        let shop: Shop
        let request: ChatRequest
        let sessionID: String
        let reply: Reply
        let started: ContinuousClock.Instant
        let requestID: String

        init(shop: Shop, request: ChatRequest, sessionID: String, reply: Reply, started: ContinuousClock.Instant, requestID: String) {
            self.shop = shop
            self.request = request
            self.sessionID = sessionID
            self.reply = reply
            self.started = started
            self.requestID = requestID
        }
    }

    /// Validates the tenant, applies the rate limits and runs the engine on the saved conversation.
    /// `client` is the caller's address for the per-IP limit (nil: not limited, e.g. the CLI).
    func begin(_ request: ChatRequest, client: String?, requestID: String,
               started: ContinuousClock.Instant = .now) async throws(APIError) -> Turn {
        let shop = try services.shop(request.businessID)
        if let client, services.settings.perIPPerMinute > 0 {
            let limit = services.settings.perIPPerMinute
            if case .limited(let retry) = await limiter.check(key: StoreKey.join("ip:", client), limit: limit) {
                services.metrics.rateLimited(scope: "ip")
                throw .rateLimited(scope: "ip", limit: limit, retryAfter: retry)
            }
        }
        let sessionID = request.sessionID ?? UUID().uuidString.lowercased()
        var state = ConversationState()
        if let sent = request.sessionID {
            // The shop's per_minute bounds each conversation with it: a person typing cannot reach
            // it, a script replaying one session does; scripts opening new sessions meet the per-IP limit.
            if let limit = shop.config.rateLimit?.perMinute, limit > 0,
               case .limited(let retry) = await limiter.check(key: StoreKey.join("biz:", shop.id, ":", sent), limit: limit) {
                services.metrics.rateLimited(scope: "business")
                throw .rateLimited(scope: "business", limit: limit, retryAfter: retry)
            }
            if let saved = await sessions.load(businessID: shop.id, sessionID: sent) {
                state = saved
                services.metrics.sessionResumed(business: shop.id)
            } else {
                services.metrics.sessionStarted(business: shop.id)
            }
        } else {
            services.metrics.sessionStarted(business: shop.id)
        }
        let reply = engines.engine(for: shop).reply(to: request.question, state: state, now: Date())
        return Turn(shop: shop, request: request, sessionID: sessionID, reply: reply, started: started, requestID: requestID)
    }

    /// Asks the LLM when the engine could not answer from data; nil when the engine answered.
    func consultLLM(_ turn: Turn, onChunk: (@Sendable (String) async -> Void)? = nil) async -> LLMOutcome? {
        guard let context = turn.reply.llm else { return nil }
        return await services.llm.answer(shop: turn.shop, context: context, useCache: turn.request.useCache, onChunk: onChunk)
    }

    /// Saves the conversation and builds the answer.
    func finish(_ turn: Turn, llm outcome: LLMOutcome?) async -> ChatResponse {
        var reply = turn.reply
        var cost = 0.0, cached = false
        var method = reply.method.rawValue
        switch outcome {
        case .answered(let text, let c, let wasCached)?:
            reply.answer = text
            cost = c; cached = wasCached
            method = AnswerMethod.llm.rawValue
            // Keep the conversation's memory consistent with what the customer saw.
            reply.state = engines.engine(for: turn.shop).recordingLLMAnswer(text, in: reply.state)
        case .unavailable?:
            method = AnswerMethod.fallback.rawValue
        case nil:
            break
        }
        await sessions.save(reply.state, businessID: turn.shop.id, sessionID: turn.sessionID)
        services.metrics.answer(business: turn.shop.id, intent: reply.intent.rawValue, method: method)
        let currency = turn.shop.catalogue.currency
        let elapsed = ContinuousClock.now - turn.started
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return ChatResponse(
            answer: reply.answer, intent: reply.intent.rawValue, method: method,
            confidence: (min(1, max(0, reply.confidence)) * 1000).rounded() / 1000,
            products: reply.products.map { ProductSummary($0, currency: currency) },
            sessionID: turn.sessionID, cached: cached, executionTimeMS: (ms * 1000).rounded() / 1000,
            cost: cost, requestID: turn.requestID)
    }

    /// The whole turn without streaming.
    func answer(_ request: ChatRequest, client: String?, requestID: String) async throws(APIError) -> ChatResponse {
        let turn = try await begin(request, client: client, requestID: requestID)
        let outcome = await consultLLM(turn)
        return await finish(turn, llm: outcome)
    }
}
