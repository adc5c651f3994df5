import Foundation
import TurkishText

extension ProductIndex {
    /// In-stock products of the same kind as `product` (same head noun or category), closest in price first.
    /// Used when a product is out of stock: "tükendi, bunlara bakabilirsiniz".
    public func alternatives(to product: Product, limit: Int = 3) -> [Product] {
        guard let p = byID[product.id] else { return [] }
        let f = features[p]
        var kindTerms = f.heads
        if kindTerms.isEmpty, let category = product.category, let t = termIDs[Folding.key(category)] {
            kindTerms = [t]
        }
        var pool = Set<Int32>()
        for t in kindTerms { pool.formUnion(postings[Int(t)]) }
        if pool.isEmpty {
            // No kind known: fall back to the product's rarest name words.
            let own = terms(of: p)
                .filter { !termStrings[Int($0)].hasPrefix("#") }
                .sorted { postings[Int($0)].count < postings[Int($1)].count }
            for t in own.prefix(3) { pool.formUnion(postings[Int(t)]) }
        }
        let ownTerms = Set(terms(of: p))
        let brand = product.brand.map(Folding.key)
        var ranked: [(Int32, Double)] = []
        for q in pool where Int(q) != p {
            let g = features[Int(q)]
            guard g.inStock, g.isAccessory == f.isAccessory else { continue }
            let other = products[Int(q)]
            let sameKind = f.heads.isEmpty ? 0.0 : Double(Set(g.heads).intersection(f.heads).count) / Double(f.heads.count)
            let sameCategory = (product.category != nil && other.category == product.category) ? 1.0 : 0.0
            let ratio = f.price > 0 && g.price > 0 ? abs(log(g.price / f.price)) : 1
            let priceCloseness = max(0, 1 - ratio)
            let shared = terms(of: Int(q)).reduce(0) { $0 + (ownTerms.contains($1) ? 1 : 0) }
            let overlap = Double(shared) / Double(max(1, ownTerms.count))
            let sameBrand = brand != nil && other.brand.map(Folding.key) == brand ? 1.0 : 0.0
            ranked.append((q, 3 * sameKind + 2 * sameCategory + 2 * priceCloseness + 2 * overlap + 0.5 * sameBrand))
        }
        ranked.sort { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        return ranked.prefix(max(0, limit)).map { products[Int($0.0)] }
    }
}
