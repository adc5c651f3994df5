/// What the customer wants from a turn (the contract's names).
public enum Intent: String, Codable, Sendable, CaseIterable {
    case greeting, farewell, thanks, acknowledgment, affirm, deny
    case productSearch = "product_search", productPrice = "product_price", productStock = "product_stock"
    case shipping, returns, payment
    case orderStatus = "order_status"
    case contact
    case humanHandoff = "human_handoff"
    case faq, unknown
}

/// Where an answer came from.
public enum AnswerMethod: String, Codable, Sendable {
    case rule, catalog, faq, llm, fallback
}
