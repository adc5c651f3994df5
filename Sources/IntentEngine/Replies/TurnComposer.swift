import Commerce
import Foundation
import TurkishText

/// Builds the answer of one turn from a decision and updates the conversation state to match.
struct TurnComposer {
    let engine: ConversationEngine
    let question: String
    /// The state as it will be after this turn (turn count and history are added by the engine).
    var state: ConversationState
    /// The size the customer named this turn, if any.
    var askedSize: String?

    var shop: Shop { engine.shop }
    var texts: ReplyTexts { engine.texts }
    var conversation: ConversationSettings { engine.settings.conversation }

    init(engine: ConversationEngine, question: String, state: ConversationState) {
        self.engine = engine; self.question = question; self.state = state
    }

    /// This turn's number once answered (offers count their lifespan from it).
    var turnNumber: Int { state.turns + 1 }

    mutating func compose(_ d: Decision) -> Reply {
        askedSize = d.size
        switch d.plan {
        case .smallTalk(let intent):
            return smallTalk(intent, confidence: d.confidence)
        case .carryOut(let offer):
            return carryOut(offer, confidence: d.confidence)
        case .policy(let intent):
            state.pendingOffer = nil
            return policy(intent, confidence: d.confidence)
        case .faq(let i):
            state.pendingOffer = nil
            let entry = shop.config.faq[i]
            return reply(.faq, .faq, d.confidence, entry.a)
        case .search(let unknownIfNothing):
            let query = d.utterance.map { engine.rules.productQuery($0, question: question) } ?? QueryParser.parse(question)
            let r = search(query, intent: d.intent, confidence: d.confidence)
            if unknownIfNothing, r.products.isEmpty { return unknown(confidence: min(0.4, d.confidence)) }
            return r
        case .product(let id):
            return aboutProduct(id, intent: d.intent, confidence: d.confidence)
        case .needProduct:
            return reply(d.intent, .rule, d.confidence, state.shownProductIDs.isEmpty ? texts.whichProduct : texts.noList)
        case .noSuchListItem(let count):
            let text = count == 0 ? texts.noList : ReplyTexts.fill(texts.ordinalOutOfRange, ["count": String(count)])
            return reply(d.intent, .rule, d.confidence, text)
        case .nextPage:
            return nextPage(confidence: d.confidence)
        case .resort(let order):
            return resort(order, confidence: d.confidence)
        case .unknown:
            state.pendingOffer = nil
            return unknown(confidence: d.confidence)
        }
    }

    func reply(_ intent: Intent, _ method: AnswerMethod, _ confidence: Double, _ answer: String,
               products: [Product] = [], llm: LLMContext? = nil) -> Reply {
        // The engine sets the reply's state from the composer's once the turn is recorded: a placeholder
        // here saves copying the whole state into every reply only to replace it.
        Reply(intent: intent, method: method, confidence: confidence, answer: answer, products: products,
              state: ConversationState(), llm: llm)
    }

    // MARK: Small talk

    mutating func smallTalk(_ intent: Intent, confidence: Double) -> Reply {
        let text: String
        switch intent {
        case .greeting:
            text = state.isOpening ? (shop.config.greeting ?? texts.greeting) : texts.greetingAgain
        case .farewell:
            text = TextSearch.contains(Folding.key(question), "aksam") ? texts.farewellEvening : texts.farewell
            state.pendingOffer = nil
        case .thanks:
            text = texts.thanks
        case .deny:
            text = state.pendingOffer == nil ? texts.denyNoOffer : texts.deny
            state.pendingOffer = nil
        default:
            text = texts.acknowledgment
        }
        return reply(intent, .rule, confidence, text)
    }

    // MARK: Policies

    mutating func policy(_ intent: Intent, confidence: Double) -> Reply {
        // Composed when the engine was built (see `FixedAnswers`).
        guard let text = engine.parts.fixed.policies[intent.slot] else {
            // The shop's files do not say: the bot does not guess.
            return reply(intent, .fallback, confidence, engine.parts.fixed.policyMissing, llm: llmContext())
        }
        return reply(intent, .rule, confidence, text)
    }

    // MARK: Unknown

    func llmContext(products: [Product] = []) -> LLMContext? {
        guard shop.config.llm.enabled else { return nil }
        return LLMContext(question: question, products: products, history: state.history)
    }

    func unknown(confidence: Double) -> Reply {
        reply(.unknown, .fallback, confidence, engine.parts.fixed.fallback, llm: llmContext())
    }
}
