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
    /// The last few exchanges, newest last.
    public var history: [HistoryTurn]

    public init(turns: Int = 0, lastActive: Date? = nil, shownProductIDs: [String] = [], focusProductID: String? = nil,
                pendingOffer: PendingOffer? = nil, lastQuery: ProductQuery? = nil, history: [HistoryTurn] = []) {
        self.turns = turns; self.lastActive = lastActive; self.shownProductIDs = shownProductIDs
        self.focusProductID = focusProductID; self.pendingOffer = pendingOffer; self.lastQuery = lastQuery
        self.history = history
    }
}
