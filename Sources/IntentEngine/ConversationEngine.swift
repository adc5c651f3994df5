import Commerce
import Foundation

/// What the server needs to ask the LLM when the shop's data cannot answer.
public struct LLMContext: Sendable {
    /// The customer's question.
    public var question: String
    /// Catalogue products that search found relevant (may be empty).
    public var products: [Product]
    /// The last turns of the conversation, oldest first.
    public var history: [HistoryTurn]
    public init(question: String, products: [Product], history: [HistoryTurn]) {
        self.question = question; self.products = products; self.history = history
    }
}

/// The engine's answer to one turn.
public struct Reply: Sendable {
    public var intent: Intent
    public var method: AnswerMethod
    public var confidence: Double
    /// Turkish answer text. When `llm` is set, this is the polite deterministic fallback.
    public var answer: String
    /// Products to show, best first (the product in focus first for price/stock answers).
    public var products: [Product]
    /// The state after this turn.
    public var state: ConversationState
    /// Set when only an LLM can answer this turn.
    public var llm: LLMContext?

    public init(intent: Intent, method: AnswerMethod, confidence: Double, answer: String, products: [Product],
                state: ConversationState, llm: LLMContext? = nil) {
        self.intent = intent; self.method = method; self.confidence = confidence; self.answer = answer
        self.products = products; self.state = state; self.llm = llm
    }
}

/// Decides intents and composes answers for one shop. Pure: state in, reply out.
public struct ConversationEngine: Sendable {
    public let shop: Shop

    public init(shop: Shop) { self.shop = shop }

    /// The reply to `question` given the conversation so far.
    public func reply(to question: String, state: ConversationState, now: Date = Date()) -> Reply {
        var next = state
        next.turns += 1
        next.lastActive = now
        let result = shop.index.search(QueryParser.parse(question), limit: 3)
        if !result.hits.isEmpty {
            let products = result.hits.map(\.product)
            next.shownProductIDs = products.map(\.id)
            next.focusProductID = products.first?.id
            return Reply(intent: .productSearch, method: .catalog, confidence: 0.8,
                         answer: products.map { "\($0.name): \(PriceFormat.turkish($0.price))" }.joined(separator: "\n"),
                         products: products, state: next)
        }
        return Reply(intent: .unknown, method: .fallback, confidence: 0.0,
                     answer: "Bu konuda size yardımcı olamıyorum.", products: [], state: next,
                     llm: LLMContext(question: question, products: [], history: state.history))
    }
}
