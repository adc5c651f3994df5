import Commerce
import Foundation

/// Something the bot offered that "tamam" carries out and "hayır" declines.
public struct PendingOffer: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        /// More results of the last search.
        case moreResults
        /// In-stock alternatives to an out-of-stock product.
        case alternatives
    }
    public var kind: Kind
    /// The search to continue (moreResults) or the kind of product to find (alternatives).
    public var query: ProductQuery?
    /// How many results were already shown (moreResults).
    public var offset: Int
    /// The product the offer is about (alternatives).
    public var productID: String?
    /// The turn number after which the offer lapses.
    public var expiresAfterTurn: Int

    public init(kind: Kind, query: ProductQuery? = nil, offset: Int = 0, productID: String? = nil, expiresAfterTurn: Int) {
        self.kind = kind; self.query = query; self.offset = offset; self.productID = productID
        self.expiresAfterTurn = expiresAfterTurn
    }
}

/// One past exchange, kept for the LLM's context.
public struct HistoryTurn: Codable, Sendable, Hashable {
    public var user: String
    public var bot: String
    public var intent: Intent
    public init(user: String, bot: String, intent: Intent) { self.user = user; self.bot = bot; self.intent = intent }
}

/// Everything the bot remembers of one conversation. A value, serialized to JSON by the server.
public struct ConversationState: Codable, Sendable, Hashable {
    /// Turns answered so far.
    public var turns: Int
    /// When the last turn happened.
    public var lastActive: Date?
    /// Ids of the products shown in the last list, in order.
    public var shownProductIDs: [String]
    /// The product the conversation is about now.
    public var focusProductID: String?
    public var pendingOffer: PendingOffer?
    /// The last product search (for "en ucuzu hangisi" and paging).
    public var lastQuery: ProductQuery?
    /// Where the next page of `lastQuery` starts.
    public var nextOffset: Int
    /// The last few exchanges, newest last.
    public var history: [HistoryTurn]

    public init(turns: Int = 0, lastActive: Date? = nil, shownProductIDs: [String] = [], focusProductID: String? = nil,
                pendingOffer: PendingOffer? = nil, lastQuery: ProductQuery? = nil, nextOffset: Int = 0,
                history: [HistoryTurn] = []) {
        self.turns = turns; self.lastActive = lastActive; self.shownProductIDs = shownProductIDs
        self.focusProductID = focusProductID; self.pendingOffer = pendingOffer; self.lastQuery = lastQuery
        self.nextOffset = nextOffset; self.history = history
    }

    enum CodingKeys: String, CodingKey {
        case turns, lastActive, shownProductIDs, focusProductID, pendingOffer, lastQuery, nextOffset, history
    }

    /// Tolerant decoding: a state stored by an older version (fields missing) still loads.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        turns = try c.decodeIfPresent(Int.self, forKey: .turns) ?? 0
        lastActive = try c.decodeIfPresent(Date.self, forKey: .lastActive)
        shownProductIDs = try c.decodeIfPresent([String].self, forKey: .shownProductIDs) ?? []
        focusProductID = try c.decodeIfPresent(String.self, forKey: .focusProductID)
        pendingOffer = try c.decodeIfPresent(PendingOffer.self, forKey: .pendingOffer)
        lastQuery = try c.decodeIfPresent(ProductQuery.self, forKey: .lastQuery)
        nextOffset = try c.decodeIfPresent(Int.self, forKey: .nextOffset) ?? 0
        history = try c.decodeIfPresent([HistoryTurn].self, forKey: .history) ?? []
    }

    /// True when no turn was answered yet in this context (a fresh session or one that went idle).
    public var isOpening: Bool { turns == 0 }

    /// The state a new turn at `now` starts from: a fresh context after `idleMinutes` of silence, and
    /// without an offer whose lifespan is over.
    public func prepared(now: Date, settings: ConversationSettings) -> ConversationState {
        var s = self
        s.prepare(now: now, settings: settings)
        return s
    }

    /// `prepared(now:settings:)` in place.
    mutating func prepare(now: Date, settings: ConversationSettings) {
        if let last = lastActive, now.timeIntervalSince(last) > Double(settings.idleMinutes) * 60 {
            self = ConversationState()
            return
        }
        if let offer = pendingOffer, offer.expiresAfterTurn < turns + 1 { pendingOffer = nil }
    }

    /// Appends `turn` to the history and keeps its last `limit` turns. The oldest go first, so a full
    /// history takes the new turn in the room they leave instead of growing its storage.
    mutating func recordTurn(_ turn: HistoryTurn, limit: Int) {
        let excess = history.count + 1 - limit
        if excess > 0 { history.removeFirst(min(excess, history.count)) }
        if limit > 0 { history.append(turn) }
    }
}
