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
///
/// Building one prepares the shop's FAQ and composes its fixed answers (policies, contact lines, fallbacks):
/// some tens of microseconds, so the server keeps one per loaded shop and every turn reuses that work.
/// When `Reply.llm` is set and an LLM answers, store
/// `recordingLLMAnswer(_:in:)` of the reply's state so the history shows what the customer really read.
public struct ConversationEngine: Sendable {
    /// Everything the engine holds, behind one reference: each turn copies the engine into its composer,
    /// and copying one reference is cheaper than retaining every sentence, table and setting in it.
    final class Parts: Sendable {
        let shop: Shop
        let settings: EngineSettings
        let texts: ReplyTexts
        let analyzer: UtteranceAnalyzer
        let rules: IntentRules
        /// Answers that depend only on the shop and the texts, composed once.
        let fixed: FixedAnswers

        init(shop: Shop, settings: EngineSettings, texts: ReplyTexts, analyzer: UtteranceAnalyzer, rules: IntentRules) {
            self.shop = shop; self.settings = settings; self.texts = texts; self.analyzer = analyzer; self.rules = rules
            self.fixed = FixedAnswers(shop: shop, texts: texts)
        }
    }
    let parts: Parts

    /// The shop whose data every answer comes from.
    public var shop: Shop { parts.shop }
    /// Offer lifespan, idle expiry, page size and the classifier's thresholds.
    public var settings: EngineSettings { parts.settings }
    /// The bot's own Turkish sentences.
    public var texts: ReplyTexts { parts.texts }
    var analyzer: UtteranceAnalyzer { parts.analyzer }
    var rules: IntentRules { parts.rules }

    /// An engine for `shop`, with its conversation settings (or the defaults).
    public init(shop: Shop, texts: ReplyTexts = ReplyTexts(), lexicon: CompiledLexicon = .standard) {
        var settings = EngineSettings(conversation: shop.config.conversation ?? ConversationSettings())
        settings.conversation.pageSize = max(1, settings.conversation.pageSize)
        self.init(shop: shop, settings: settings, texts: texts, lexicon: lexicon)
    }

    /// An engine with explicit settings (thresholds, offer lifespan, idle expiry).
    public init(shop: Shop, settings: EngineSettings, texts: ReplyTexts = ReplyTexts(), lexicon: CompiledLexicon = .standard) {
        let analyzer = UtteranceAnalyzer(lexicon: lexicon)
        let rules = IntentRules(settings: settings, faq: FAQMatcher(faq: shop.config.faq, analyzer: analyzer.analyzer),
                                index: shop.index)
        self.parts = Parts(shop: shop, settings: settings, texts: texts, analyzer: analyzer, rules: rules)
    }

    /// The reply to `question` given the conversation so far.
    ///
    /// `state` is taken over: a caller that does not use it afterwards (the server, with the state it just
    /// read) lets the turn extend its history in place instead of copying it.
    public func reply(to question: String, state: consuming ConversationState, now: Date = Date()) -> Reply {
        var next = state
        next.prepare(now: now, settings: settings.conversation)
        let decision = decide(question, state: next)
        var turn = TurnComposer(engine: self, question: question, state: next)
        next = ConversationState()
        var reply = turn.compose(decision)
        // Taken out of the composer, which is done with it: the history buffer stays singly referenced.
        swap(&next, &turn.state)
        next.turns += 1
        next.lastActive = now
        next.recordTurn(HistoryTurn(user: clipped(question), bot: clipped(reply.answer), intent: reply.intent),
                        limit: settings.historyLimit)
        reply.state = next
        return reply
    }

    /// The intent of `question` and the engine's confidence, without composing an answer.
    public func classify(_ question: String, state: ConversationState = ConversationState(), now: Date = Date()) -> (intent: Intent, confidence: Double) {
        let d = decide(question, state: state.prepared(now: now, settings: settings.conversation))
        return (d.intent, d.confidence)
    }

    /// The state after the server got an LLM answer for the last turn: history records the LLM's text.
    public func recordingLLMAnswer(_ answer: String, in state: ConversationState) -> ConversationState {
        var s = state
        if !s.history.isEmpty { s.history[s.history.count - 1].bot = clipped(answer) }
        return s
    }

    /// A message shortened to `historyTextLimit` characters for the saved history.
    func clipped(_ text: String) -> String {
        // Counting bytes is O(1); characters are never more than bytes, so only long texts are counted.
        TextClip.clipped(text, limit: settings.historyTextLimit)
    }

    func decide(_ question: String, state: ConversationState) -> Decision {
        let index = shop.index
        let u = analyzer.analyze(question, isProductTerm: { index.isProductTerm($0) },
                                 knownProductTerm: { index.knownProductTerm($0) })
        return rules.decide(u, question: question, state: state)
    }
}
