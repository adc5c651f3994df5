import Commerce
import TurkishText

/// What the engine will do with a turn.
enum Plan: Sendable {
    /// Greeting, farewell, thanks, acknowledgment or deny: answered from the bot's own sentences.
    case smallTalk(Intent)
    /// "tamam" to a pending offer: carry it out.
    case carryOut(PendingOffer)
    /// A policy topic answered from the shop's policy text.
    case policy(Intent)
    /// One of the shop's FAQ entries.
    case faq(Int)
    /// A catalogue search; the intent says which answer (list, price, stock). When nothing is found and
    /// `unknownIfNothing` is set, the message was more likely a general question than a product request.
    /// The query itself is parsed only when the answer is composed (classifying alone does not pay for it).
    case search(unknownIfNothing: Bool = false)
    /// A question about one product already known (focus or ordinal).
    case product(String)
    /// A price or stock question with no product named and none in focus.
    case needProduct
    /// An ordinal with no list shown, or beyond the list.
    case noSuchListItem(listCount: Int)
    /// The next page of the last search.
    case nextPage
    /// The last search again, sorted.
    case resort(Commerce.SortOrder)
    /// Nothing the shop's data answers.
    case unknown
}

/// The intent of a turn, how sure the engine is, and the plan to answer it.
struct Decision: Sendable {
    var intent: Intent
    var confidence: Double
    var plan: Plan
    /// The size named in the message ("M", "38"), for per-size stock answers.
    var size: String? = nil
    /// The analyzed message (for building the product query).
    var utterance: Utterance? = nil
}

/// The intent rules: cue scores with a confidence threshold and an ambiguity margin, the shop's
/// vocabulary for product-ness, and the conversation state for the context rules.
struct IntentRules: Sendable {
    let settings: EngineSettings
    let faq: FAQMatcher
    let index: ProductIndex

    static let topics: [Intent] = [.shipping, .returns, .payment, .orderStatus, .contact, .humanHandoff]

    /// True when the token names something this shop sells (its stem or, failing that, the whole word).
    func isProductTerm(_ t: AnalyzedToken) -> Bool {
        index.isProductTerm(t.stem) || (t.stem != t.token.key && index.isProductTerm(t.token.key))
    }

    /// `isProductTerm(t)` given the token's `UtteranceParts.stemState` (what the analysis learnt of its stem).
    func isProductTerm(_ t: AnalyzedToken, stemState: StemState) -> Bool {
        switch stemState {
        case .unstemmed, .stemmed: isProductTerm(t)
        case .productTerm: true
        case .notProductTerm: t.stem != t.token.key && index.isProductTerm(t.token.key)
        }
    }

    func decide(_ u: Utterance, question: String, state: ConversationState) -> Decision {
        var d = decideIntent(u, question: question, state: state)
        d.size = u.size
        d.utterance = u
        return d
    }

    func decideIntent(_ u: Utterance, question: String, state: ConversationState) -> Decision {
        if u.isEmpty { return Decision(intent: .unknown, confidence: 0, plan: .unknown) }

        // Policy topics and FAQ entries.
        let ranked = Self.topics.map { ($0, u.score(.intent($0))) }.sorted { $0.1 > $1.1 }
        let (topic, topScore) = ranked[0]
        let runnerUp = ranked[1].1
        // Asking the catalogue costs more than anything else here: once per token at most.
        // By token: 0 not asked yet, 1 no, 2 yes.
        var productTermCache = [UInt8](repeating: 0, count: u.tokens.count)
        let stemStates = u.stemState
        func isProductToken(_ i: Int) -> Bool {
            if productTermCache[i] != 0 { return productTermCache[i] == 2 }
            let answer = isProductTerm(u.tokens[i], stemState: stemStates[i])
            productTermCache[i] = answer ? 2 : 1
            return answer
        }
        var faqHit = faq.best(for: u, isProductTerm: isProductToken)
        // "ilkinin bedenleri neler" is about the product in the list, not the FAQ on size charts, unless the
        // FAQ question is matched almost word for word.
        let aboutListedProduct = (u.ordinal != nil && !state.shownProductIDs.isEmpty)
            || (state.focusProductID != nil && (u.score(.price) >= 0.5 || u.score(.stock) >= 0.6 || u.size != nil))
        if aboutListedProduct, let f = faqHit, f.similarity < 0.95 { faqHit = nil }
        if let f = faqHit, f.similarity >= settings.strongFAQ {
            return Decision(intent: .faq, confidence: min(0.99, f.similarity), plan: .faq(f.index))
        }
        if topScore >= settings.minTopicScore {
            if runnerUp >= settings.minTopicScore, topScore - runnerUp < settings.ambiguityMargin {
                if let f = faqHit, f.similarity >= settings.minFAQ {
                    return Decision(intent: .faq, confidence: f.similarity, plan: .faq(f.index))
                }
                return Decision(intent: .unknown, confidence: Self.confidence(topScore, margin: topScore - runnerUp), plan: .unknown)
            }
            return Decision(intent: topic, confidence: Self.confidence(topScore, margin: topScore - runnerUp), plan: .policy(topic))
        }
        if let f = faqHit, f.similarity >= settings.minFAQ {
            return Decision(intent: .faq, confidence: f.similarity, plan: .faq(f.index))
        }

        // Products.
        let asksPrice = u.score(.price) >= 0.5
        let asksStock = u.score(.stock) >= 0.6 || u.size != nil
        let productIntent: Intent = u.size != nil ? .productStock
            : (asksStock && u.score(.stock) >= u.score(.price) ? .productStock : (asksPrice ? .productPrice : .productSearch))
        let hasContent = !u.content.isEmpty
        // Product-ness from the shop's own vocabulary. In a sentence built like a general question
        // ("bugün hava nasıl olacak") one catalogue word among others is not enough.
        let questionLike = (u.hasQuestionWord || u.hasVerb) && u.score(.shopping) < 0.5 && !asksPrice && !asksStock
        // Words are asked about only until the answer is settled: the catalogue is the costly part.
        let wordCount = u.content.reduce(0) { $0 + (u.tokens[$1].token.kind != .number ? 1 : 0) }
        func enough(_ productWordCount: Int) -> Bool {
            productWordCount > 0 && (!questionLike || productWordCount * 2 > wordCount)
        }
        var productWordCount = 0, asked = 0
        for i in u.content where u.tokens[i].token.kind != .number {
            // Settled either way: already enough, or too few words left to make it enough.
            if enough(productWordCount) || !enough(productWordCount + wordCount - asked) { break }
            asked += 1
            if isProductToken(i) { productWordCount += 1 }
        }
        let productWords = enough(productWordCount)

        if let ordinal = u.ordinal, !productWords {
            let shown = state.shownProductIDs
            let position = ordinal < 0 ? shown.count - 1 : ordinal
            guard !shown.isEmpty, position >= 0, position < shown.count else {
                return Decision(intent: productIntent, confidence: 0.8, plan: .noSuchListItem(listCount: shown.count))
            }
            return Decision(intent: productIntent, confidence: 0.92, plan: .product(shown[position]))
        }
        if !hasContent {
            if state.lastQuery != nil, !asksStock {
                if u.score(.sortAscending) > 0 { return Decision(intent: .productSearch, confidence: 0.9, plan: .resort(.priceAscending)) }
                if u.score(.sortDescending) > 0 { return Decision(intent: .productSearch, confidence: 0.9, plan: .resort(.priceDescending)) }
            }
            if u.score(.more) >= 0.6 {
                if let offer = state.pendingOffer, offer.kind == .moreResults {
                    return Decision(intent: .affirm, confidence: 0.9, plan: .carryOut(offer))
                }
                if state.lastQuery != nil { return Decision(intent: .productSearch, confidence: 0.85, plan: .nextPage) }
            }
            if asksPrice || asksStock {
                if let focus = state.focusProductID {
                    return Decision(intent: productIntent, confidence: 0.9, plan: .product(focus))
                }
                return Decision(intent: productIntent, confidence: 0.6, plan: .needProduct)
            }
        }
        if productWords {
            return Decision(intent: productIntent, confidence: asksPrice || asksStock ? 0.92 : 0.9,
                            plan: .search(unknownIfNothing: questionLike))
        }
        if hasContent, u.score(.shopping) >= 0.5 || asksPrice || asksStock
            || u.score(.sortAscending) + u.score(.sortDescending) > 0 {
            // Services and promotions ("indirim var mı", "garanti ne kadar") are questions, not products.
            let aboutService = u.content.allSatisfy { i in
                let key = u.tokens[i].token.key
                return WordLists.serviceWords.contains { key.hasPrefix($0) }
            }
            let general = aboutService || (u.score(.shopping) < 0.5 && (u.hasQuestionWord || u.hasVerb))
            return Decision(intent: productIntent, confidence: 0.7, plan: .search(unknownIfNothing: general))
        }

        // Small talk and the context rules.
        if let talk = smallTalk(u, state: state) { return talk }

        // Leftover words: a bare noun phrase is most likely something the customer wants to buy; a
        // sentence (a question word, a verb, many words) is a question only an LLM can take.
        if hasContent, !u.hasQuestionWord, !u.hasVerb, u.content.count <= 4 {
            // Nothing the shop sells by name: still a product request when it names a kind of product or a
            // model ("playstation 5"); otherwise the LLM takes it if the catalogue has nothing either.
            let namesProduct = u.content.contains { i in
                let t = u.tokens[i].token
                return t.kind != .word || KnownKinds.contains(t.key)
            }
            return Decision(intent: .productSearch, confidence: 0.6, plan: .search(unknownIfNothing: !namesProduct))
        }
        let best = max(topScore, u.score(.shopping), u.score(.price))
        return Decision(intent: .unknown, confidence: min(0.4, best / 3), plan: .unknown)
    }

    /// Greeting, farewell, thanks, affirm/acknowledgment and deny, with the rules that depend on state.
    func smallTalk(_ u: Utterance, state: ConversationState) -> Decision? {
        let greeting = u.score(.intent(.greeting)) > 0
        let farewell = u.score(.intent(.farewell)) > 0
        let thanks = u.score(.intent(.thanks)) > 0
        let dayWish = u.score(.dayWish) > 0
        let negative = u.score(.negative) >= 0.8
        let affirmative = u.score(.affirmative) >= 0.5 || (u.score(.affirmative) > 0 && state.pendingOffer != nil)
        let offer = state.pendingOffer
        // A courtesy word inside a longer question ("merhaba yarın hava ne olacak") does not make it small talk.
        let questionLike = u.hasQuestionWord || u.hasVerb
        if (u.content.count >= 2 && questionLike) || u.content.count >= 4 { return nil }
        func rule(_ intent: Intent, _ confidence: Double = 0.95) -> Decision {
            Decision(intent: intent, confidence: confidence, plan: .smallTalk(intent))
        }
        if negative, offer != nil { return rule(.deny) }
        if farewell || (dayWish && !state.isOpening) { return rule(.farewell) }
        if greeting || dayWish { return rule(.greeting) }
        if thanks { return rule(.thanks) }
        if negative { return rule(.deny, 0.85) }
        if affirmative {
            if let offer { return Decision(intent: .affirm, confidence: 0.93, plan: .carryOut(offer)) }
            return rule(.acknowledgment, 0.9)
        }
        if u.score(.more) >= 0.6, let offer, offer.kind == .moreResults {
            return Decision(intent: .affirm, confidence: 0.85, plan: .carryOut(offer))
        }
        return nil
    }

    /// The catalogue query: Commerce parses filters and sorts from the sentence; the words the intent
    /// rules explained (cue words, ordinals, sizes) are taken out of the text it matches.
    func productQuery(_ u: Utterance, question: String) -> ProductQuery {
        var query = QueryParser.parse(question)
        // Keys of the explained tokens that no content token shares. A message has a handful of tokens:
        // flags and a short list, not sets.
        var isContent = [Bool](repeating: false, count: u.tokens.count)
        for i in u.content { isContent[i] = true }
        var removed: [String] = []
        for (i, t) in u.tokens.enumerated() where !isContent[i] {
            let key = t.token.key
            if !removed.contains(key), !u.content.contains(where: { u.tokens[$0].token.key == key }) { removed.append(key) }
        }
        // Words that are their own tokens (the common case): with nothing removed the text stays as it is,
        // and otherwise it is cut at its spaces instead of segmented.
        if removed.isEmpty {
            if !Tokenizer.isSimpleText(query.text) {
                query.text = Tokenizer.tokens(query.text).map(\.text).joined(separator: " ")
            }
        } else if let words = Tokenizer.simpleWords(query.text) {
            query.text = words.filter { !removed.contains(Folding.key(String($0))) }.joined(separator: " ")
        } else {
            query.text = Tokenizer.tokens(query.text).filter { !removed.contains($0.key) }.map(\.text).joined(separator: " ")
        }
        if query.sort == .relevance {
            if u.score(.sortAscending) > 0 { query.sort = .priceAscending }
            else if u.score(.sortDescending) > 0 { query.sort = .priceDescending }
        }
        return query
    }

    static func confidence(_ score: Double, margin: Double) -> Double {
        let strength = 1 - 1 / (1 + score)          // 0.9 → 0.47, 2 → 0.67, 4 → 0.8
        let separation = min(1, margin / 1.5)
        return min(0.99, 0.45 + 0.35 * strength + 0.2 * separation)
    }
}
