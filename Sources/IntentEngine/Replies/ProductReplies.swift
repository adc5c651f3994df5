import Commerce
import Foundation
import TurkishText

/// Catalogue answers: lists, price and stock of one product, offers and carrying them out.
extension TurnComposer {
    var pageSize: Int { conversation.pageSize }

    func offer(_ kind: PendingOffer.Kind, query: ProductQuery? = nil, offset: Int = 0, productID: String? = nil) -> PendingOffer {
        PendingOffer(kind: kind, query: query, offset: offset, productID: productID,
                     expiresAfterTurn: turnNumber + conversation.offerTurns)
    }

    /// Shows `products` as the current list: they become the list ordinals point into, the first is in focus.
    mutating func show(_ products: [Product]) {
        state.shownProductIDs = products.map(\.id)
        state.focusProductID = products.first?.id
    }

    func price(_ p: Product) -> String { price(p.price) }

    /// A price in the shop's currency; takes the number, so a product read from a list is not copied to pass it.
    func price(_ value: Double) -> String { PriceFormat.turkish(value, currency: shop.catalogue.currency) }

    /// "1. name — price (mark)" per product; built by appending, reading each product in place.
    func listLines(_ products: [Product], startingAt first: Int = 1) -> [String] {
        var lines: [String] = []
        lines.reserveCapacity(products.count)
        // Sized once for the whole line, so appending never regrows it: the name and the longer mark, plus
        // room for the number, the separators and a formatted price with its currency.
        let marks = max(texts.stockMark.utf8.count, texts.outOfStockMark.utf8.count)
        let numberSeparatorsAndPrice = 48
        for i in products.indices {
            var line = ""
            line.reserveCapacity(products[i].name.utf8.count + marks + numberSeparatorsAndPrice)
            line += String(first + i)
            line += ". "
            line += products[i].name
            line += " — "
            line += price(products[i].price)
            line += " ("
            line += products[i].inStock ? texts.stockMark : texts.outOfStockMark
            line += ")"
            lines.append(line)
        }
        return lines
    }

    // MARK: Search

    mutating func search(_ query: ProductQuery, intent: Intent, confidence: Double) -> Reply {
        var query = query
        // A stock question about a size names the product; the size is answered per variant below.
        let size = intent == .productStock ? (askedSize ?? query.size) : nil
        if intent == .productStock { query.size = nil }
        let result = query.text.isEmpty && !query.hasFilters
            ? SearchResult(hits: [], totalMatches: 0)
            : shop.index.search(query, limit: pageSize, explain: false)
        let products = result.hits.map(\.product)
        state.pendingOffer = nil
        guard let top = products.first else {
            let named = TextTrim.spaces(query.text)
            let text = named.isEmpty ? texts.notFoundGeneric : ReplyTexts.fill(texts.notFound, ["query": named])
            return reply(intent, .catalog, confidence, text)
        }
        state.lastQuery = query
        state.nextOffset = products.count
        show(products)
        switch intent {
        case .productPrice:
            var lines = [priceSentence(top)]
            if products.count > 1 { lines.append(texts.foundSome); lines += listLines(Array(products.dropFirst()), startingAt: 2) }
            if !top.inStock { state.pendingOffer = offer(.alternatives, query: query, productID: top.id); lines.append(texts.alternativesOffer) }
            return reply(intent, .catalog, confidence, lines.joined(separator: "\n"), products: products)
        case .productStock:
            return reply(intent, .catalog, confidence, stockAnswer(top, size: size), products: products)
        default:
            var lines = [result.relaxed.isEmpty ? (result.totalMatches > products.count
                ? ReplyTexts.fill(texts.foundMany, ["count": String(result.totalMatches)]) : texts.foundSome) : texts.foundNearest]
            lines += listLines(products)
            if result.totalMatches > products.count {
                state.pendingOffer = offer(.moreResults, query: query, offset: products.count)
                lines.append(texts.moreOffer)
            } else if products.count == 1, !top.inStock {
                state.pendingOffer = offer(.alternatives, query: query, productID: top.id)
                lines.append(texts.alternativesOffer)
            }
            return reply(intent, .catalog, confidence, lines.joined(separator: "\n"), products: products)
        }
    }

    // MARK: One product

    mutating func aboutProduct(_ id: String, intent: Intent, confidence: Double) -> Reply {
        guard let p = shop.index.product(id: id) else {
            state.focusProductID = nil
            return reply(intent, .rule, confidence, texts.whichProduct)
        }
        state.focusProductID = id
        state.pendingOffer = nil
        var lines: [String]
        switch intent {
        case .productStock:
            return reply(intent, .catalog, confidence, stockAnswer(p, size: askedSize), products: [p])
        case .productPrice:
            lines = [priceSentence(p)]
        default:
            lines = [priceSentence(p), p.inStock ? texts.inStock : texts.outOfStock]
        }
        if let url = p.url, !url.isEmpty { lines.append(ReplyTexts.fill(texts.link, ["url": url])) }
        if !p.inStock {
            state.pendingOffer = offer(.alternatives, productID: p.id)
            lines.append(texts.alternativesOffer)
        }
        return reply(intent, .catalog, confidence, lines.joined(separator: "\n"), products: [p])
    }

    func priceSentence(_ p: Product) -> String {
        var s = ReplyTexts.fill(texts.price, ["name": p.name, "price": price(p)])
        if let original = p.originalPrice, original > p.price {
            s += " " + ReplyTexts.fill(texts.discounted, ["price": PriceFormat.turkish(original, currency: shop.catalogue.currency)])
        }
        return s
    }

    /// Stock of a product, per size when a size is asked; an out-of-stock product comes with an offer of
    /// in-stock alternatives.
    mutating func stockAnswer(_ p: Product, size: String?) -> String {
        var lines: [String] = []
        // The index's load-time table: sizes and stock without reading the variants' attributes again.
        let table = shop.index.sizeTable(of: p)
        let available = table.filter { $0.stock > 0 }.map(\.size)
        if let size {
            let wanted = SizeKey.normalise(size)
            let sizeStock = table.first { $0.normalised == wanted }?.stock
            if table.isEmpty {
                lines.append(ReplyTexts.fill(texts.sizeUnknown, ["name": p.name]))
                lines.append(p.inStock ? texts.inStock : texts.outOfStock)
            } else if let stock = sizeStock {
                lines.append(ReplyTexts.fill(stock > 0 ? texts.sizeYes : texts.sizeNo, ["name": p.name, "size": size]))
                if stock <= 0 {
                    lines.append(available.isEmpty ? texts.sizesNone
                                 : ReplyTexts.fill(texts.sizesAvailable, ["sizes": available.joined(separator: ", ")]))
                }
            } else {
                lines.append(ReplyTexts.fill(texts.sizeMissing, ["name": p.name, "size": size]))
                lines.append(available.isEmpty ? texts.sizesNone
                             : ReplyTexts.fill(texts.sizesAvailable, ["sizes": available.joined(separator: ", ")]))
            }
        } else {
            lines.append(ReplyTexts.fill(p.inStock ? texts.stockYes : texts.stockNo, ["name": p.name]))
            if p.inStock, !available.isEmpty {
                lines.append(ReplyTexts.fill(texts.sizesAvailable, ["sizes": available.joined(separator: ", ")]))
            }
        }
        lines.append(ReplyTexts.fill(texts.priceLine, ["price": price(p)]))
        if let url = p.url, !url.isEmpty { lines.append(ReplyTexts.fill(texts.link, ["url": url])) }
        if !p.inStock {
            state.pendingOffer = offer(.alternatives, productID: p.id)
            lines.append(texts.alternativesOffer)
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Offers

    mutating func carryOut(_ offer: PendingOffer, confidence: Double) -> Reply {
        state.pendingOffer = nil
        switch offer.kind {
        case .moreResults:
            guard let query = offer.query else { return reply(.affirm, .rule, confidence, texts.noMore) }
            return page(query, offset: offer.offset, intent: .affirm, confidence: confidence)
        case .alternatives:
            let base = offer.productID.flatMap { shop.index.product(id: $0) }
            let products = alternatives(to: base, query: offer.query, limit: engine.settings.alternativesLimit)
            guard !products.isEmpty else { return reply(.affirm, .rule, confidence, texts.noAlternatives) }
            show(products)
            let lines = [texts.alternativesIntro] + listLines(products)
            return reply(.affirm, .catalog, confidence, lines.joined(separator: "\n"), products: products)
        }
    }

    mutating func nextPage(confidence: Double) -> Reply {
        guard let query = state.lastQuery else { return reply(.productSearch, .rule, confidence, texts.noList) }
        return page(query, offset: state.nextOffset, intent: .productSearch, confidence: confidence)
    }

    mutating func page(_ query: ProductQuery, offset: Int, intent: Intent, confidence: Double) -> Reply {
        let result = shop.index.search(query, limit: pageSize, offset: offset, explain: false)
        let products = result.hits.map(\.product)
        guard !products.isEmpty else { return reply(intent, .rule, confidence, texts.noMore) }
        show(products)
        state.lastQuery = query
        state.nextOffset = offset + products.count
        var lines = [texts.foundMore] + listLines(products, startingAt: offset + 1)
        if result.totalMatches > offset + products.count {
            state.pendingOffer = offer(.moreResults, query: query, offset: offset + products.count)
            lines.append(texts.moreOffer)
        }
        return reply(intent, .catalog, confidence, lines.joined(separator: "\n"), products: products)
    }

    mutating func resort(_ order: Commerce.SortOrder, confidence: Double) -> Reply {
        guard var query = state.lastQuery else { return reply(.productSearch, .rule, confidence, texts.noList) }
        query.sort = order
        state.pendingOffer = nil
        let result = shop.index.search(query, limit: pageSize, explain: false)
        let products = result.hits.map(\.product)
        guard !products.isEmpty else { return reply(.productSearch, .catalog, confidence, texts.notFoundGeneric) }
        show(products)
        state.lastQuery = query
        state.nextOffset = products.count
        var lines = [texts.foundSorted] + listLines(products)
        if result.totalMatches > products.count {
            state.pendingOffer = offer(.moreResults, query: query, offset: products.count)
            lines.append(texts.moreOffer)
        }
        return reply(.productSearch, .catalog, confidence, lines.joined(separator: "\n"), products: products)
    }

    /// In-stock products of the same kind as `product` (the catalogue's own notion of kind), or of the
    /// offer's search when the product is gone from the catalogue.
    func alternatives(to product: Product?, query: ProductQuery?, limit: Int) -> [Product] {
        if let product { return shop.index.alternatives(to: product, limit: limit) }
        guard let query, !query.text.isEmpty else { return [] }
        return shop.index.search(query, limit: 50, explain: false).hits.map(\.product).filter(\.inStock).prefix(limit).map { $0 }
    }
}
