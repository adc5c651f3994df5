import TurkishText

/// Size spellings reduced to one form: "m" → "M", "2xl" → "XXL", "38" → "38".
public enum SizeKey {
    /// The comparable form of a size as written by a customer or a catalogue.
    public static func normalise(_ size: String) -> String {
        let key = Folding.key(size).filter { !$0.isWhitespace }
        if let letter = CatalogueLexicon.letterSizes[key] { return letter }
        return key.uppercased()
    }
}

extension Product {
    /// Sizes the product comes in ("beden"/"numara" of its variants), in catalogue order.
    public var sizes: [String] {
        (variants ?? []).compactMap { $0.size }
    }

    /// The variant of this size, if the product comes in it.
    public func variant(forSize size: String) -> ProductVariant? {
        let wanted = SizeKey.normalise(size)
        return variants?.first { $0.size.map(SizeKey.normalise) == wanted }
    }

    /// Stock of one size: nil when the product does not come in that size.
    public func stock(forSize size: String) -> Int? {
        variant(forSize: size)?.stock
    }

    /// True when the product comes in this size (in stock or not).
    public func hasSize(_ size: String) -> Bool { variant(forSize: size) != nil }

    /// Sizes that can be bought now.
    public var sizesInStock: [String] {
        (variants ?? []).filter { $0.stock > 0 }.compactMap { $0.size }
    }

    /// Total stock over all variants, or the product's own stock when it has none.
    public var totalStock: Int {
        if let variants, !variants.isEmpty { return variants.reduce(0) { $0 + max(0, $1.stock) } }
        return stock
    }
}

extension ProductVariant {
    /// The variant's size ("M", "38"), read from its `beden`/`numara`/`size` attribute.
    public var size: String? {
        for (k, v) in attributes where CatalogueLexicon.sizeAttributes.contains(Folding.key(k)) { return v }
        return nil
    }

    /// The variant's colour as written, read from its `renk`/`color` attribute.
    public var colour: String? {
        for (k, v) in attributes where CatalogueLexicon.colourAttributes.contains(Folding.key(k)) { return v }
        return nil
    }
}
