import Foundation
import TurkishText

/// Where in a product a term was found. Stored as bits next to each term of a product.
enum Field {
    static let name: UInt8 = 1
    static let brand: UInt8 = 2
    static let category: UInt8 = 4
    /// Tags and attribute values.
    static let extra: UInt8 = 8
    /// Derived from the text (a model code's parts, a number joined to its unit).
    static let derived: UInt8 = 16
}

/// What scoring needs to know about one product, computed once at build time.
struct ProductFeatures: Sendable {
    var nameLength: UInt16
    /// Kind terms this product *is* ("~telefon" for a phone; "~kilif" for a phone case).
    var heads: [Int32]
    /// The product is an accessory or part sold for something else.
    var isAccessory: Bool
    /// Name position of "uyumlu"/"için" (255 when none): words before it name what the product is *for*.
    var markerPosition: UInt8
    /// Canonical colours (folded) from attributes, variants and name.
    var colours: [String]
    var inStock: Bool
    var price: Double
}

/// The facts scoring reads for every candidate, free of references so that reading them for thousands
/// of candidates per query costs no reference counting.
struct ScoreFeatures: Sendable {
    var nameLength: UInt16
    var isAccessory: Bool
    /// See `ProductFeatures.markerPosition`.
    var markerPosition: UInt8
    var inStock: Bool
    /// The product is some kind of thing (it has heads), whichever.
    var hasHeads: Bool
    var price: Double
    /// The product's canonical colours as `ColourMask` bits.
    var colours: UInt64
}

/// Canonical colours as bits, so a product's colours are one integer to test instead of strings to compare.
enum ColourMask {
    static let bits: [String: UInt64] = {
        let names = CatalogueLexicon.colours.keys.sorted()
        precondition(names.count <= 64, "ColourMask holds 64 canonical colours")
        return Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, UInt64(1) << UInt64($0)) })
    }()

    /// The bit of a colour; 0 for a word that is no canonical colour (no product has it).
    static func bit(_ colour: String?) -> UInt64 { colour.flatMap { bits[$0] } ?? 0 }

    static func mask(_ colours: [String]) -> UInt64 { colours.reduce(0) { $0 | bit($1) } }
}

/// The per-business search index, built once at load time. Immutable and safe to share between threads.
///
/// Terms are the folded keys and stems of names, brands, categories, tags and attribute values, plus
/// synthetic kind terms ("~laptop") that tie category names and their Turkish synonyms together.
/// Posting lists give the products of each term, with the field bits and name position of each, so that
/// conjunctions and scoring walk a few ascending lists and never scan the catalogue; each product also keeps
/// its own sorted term list, for looking at one product.
public final class ProductIndex: Sendable {
    public let products: [Product]
    let byID: [String: Int]
    let analyzer: Analyzer
    /// Term string → term id.
    let termIDs: [String: Int32]
    /// Term id → term string.
    let termStrings: [String]
    /// Term id → products containing it (ascending indices).
    let postings: [[Int32]]
    /// Term id → for each of its postings, the low 16 bits of that product's entry for the term
    /// (field bits << 8 | first name position), so that scoring a list of candidates reads the posting
    /// lists in order instead of searching every candidate's own terms.
    let postingBits: [[UInt16]]
    /// Kind term id → products that *are* that kind (ascending indices; empty for other terms).
    let headPostings: [[Int32]]
    /// All products' term ids, product after product, each product's ascending. Where a product has a term
    /// (field bits, name position) is kept once, in `postingBits`. One flat array keeps lookups cache-friendly.
    let termStore: [Int32]
    /// Product p's terms are termStore[entryStart[p] ..< entryStart[p + 1]].
    let entryStart: [Int32]
    let features: [ProductFeatures]
    /// `features` as scoring reads them: the scalar facts, and each product's heads in one flat list
    /// (product p's are headStore[headStart[p] ..< headStart[p + 1]]).
    let scoreFeatures: [ScoreFeatures]
    let headStore: [Int32]
    let headStart: [Int32]
    /// Each product's sized variants in catalogue order as (normalised size, stock), so that a size wish
    /// is checked against thousands of candidates without reading their variants' attributes again.
    let variantSizes: [[(size: String, stock: Int)]]
    /// The same variants' sizes as written ("m", "38"), for answers that list them.
    let variantSizeNames: [[String]]
    let kinds: KindMatcher
    let typos: TypoIndex
    /// Model codes and SKUs (folded, without separators) → products.
    let codes: [String: [Int32]]
    /// The most UTF-8 bytes any key of `codes` has: a text with more letters and digits is no code.
    let longestCode: Int
    /// One bit per key of `codes` (`CodeFilter.slot` of its bytes): a clear bit tells that no code is
    /// the key of a text without building that key and hashing it as a String.
    let codeFilter: [UInt64]
    /// Folded colour word → canonical colour.
    let colourWords: [String: String]
    /// Term id → `isProductTerm` of the term itself, for the plain words it can be told without a query
    /// analysis (see `IndexBuilder.plainWordAnswers`): 0 unknown, 1 false, 2 true.
    let plainWordAnswers: [UInt8]

    /// Builds the index of `products`. `extraKinds` adds shop-specific kinds to the built-in lexicon.
    public init(products: [Product], extraKinds: [KindGroup] = []) {
        var builder = IndexBuilder(products: products, extraKinds: extraKinds)
        builder.build()
        self.products = products
        self.byID = builder.byID
        self.analyzer = builder.analyzer
        self.termIDs = builder.termIDs
        self.termStrings = builder.termStrings
        self.postings = builder.postings
        var store: [Int32] = []
        store.reserveCapacity(builder.entries.reduce(0) { $0 + $1.count })
        var start: [Int32] = [0]
        start.reserveCapacity(products.count + 1)
        for list in builder.entries {
            for e in list { store.append(Int32(truncatingIfNeeded: e >> 16)) }
            start.append(Int32(store.count))
        }
        self.termStore = store
        self.entryStart = start
        // Products were added to the postings in ascending order, one posting per (product, term).
        var bits = builder.postings.map { list -> [UInt16] in
            var b: [UInt16] = []
            b.reserveCapacity(list.count)
            return b
        }
        for list in builder.entries {
            for e in list { bits[Int(e >> 16)].append(UInt16(truncatingIfNeeded: e)) }
        }
        self.postingBits = bits
        var headPostings = [[Int32]](repeating: [], count: builder.termStrings.count)
        for (p, f) in builder.features.enumerated() {
            for h in f.heads where headPostings[Int(h)].last != Int32(p) { headPostings[Int(h)].append(Int32(p)) }
        }
        self.headPostings = headPostings
        self.features = builder.features
        self.scoreFeatures = builder.features.map {
            ScoreFeatures(nameLength: $0.nameLength, isAccessory: $0.isAccessory, markerPosition: $0.markerPosition,
                          inStock: $0.inStock, hasHeads: !$0.heads.isEmpty, price: $0.price, colours: ColourMask.mask($0.colours))
        }
        var heads: [Int32] = [], headStart: [Int32] = [0]
        for f in builder.features { heads += f.heads; headStart.append(Int32(heads.count)) }
        self.headStore = heads
        self.headStart = headStart
        let sized = products.map { p in (p.variants ?? []).compactMap { v in v.size.map { (size: $0, stock: v.stock) } } }
        self.variantSizes = sized.map { list in list.map { (SizeKey.normalise($0.size), $0.stock) } }
        self.variantSizeNames = sized.map { list in list.map(\.size) }
        self.kinds = builder.kinds
        self.typos = builder.makeTypoIndex()
        self.codes = builder.codes
        self.longestCode = builder.codes.keys.reduce(0) { max($0, $1.utf8.count) }
        var filter = [UInt64](repeating: 0, count: CodeFilter.words)
        for key in builder.codes.keys {
            let slot = CodeFilter.slot(key.utf8)
            filter[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        self.codeFilter = filter
        self.colourWords = builder.colourWords
        self.plainWordAnswers = builder.plainWordAnswers()
    }

    /// The product with this id, if the shop has it.
    public func product(id: String) -> Product? { byID[id].map { products[$0] } }

    /// Number of distinct terms (for diagnostics and benchmarks).
    public var termCount: Int { termStrings.count }

    /// The folded canonical colours of a product (from attributes, variants and name).
    public func colours(of product: Product) -> [String] {
        byID[product.id].map { features[$0].colours } ?? []
    }

    /// Entry of `term` in product `p`, or nil when the product lacks it:
    /// (term id << 16) | (field bits << 8) | first name position.
    /// A search of the term's postings: for looking at a few products; lists of candidates read
    /// `postingBits` in order.
    func entry(_ p: Int, _ term: Int32) -> UInt64? {
        let place = postings[Int(term)].withUnsafeBufferPointer { list in
            Self.lowerBound(Int32(p), in: list, from: 0, to: list.count)
        }
        guard let place else { return nil }
        return UInt64(UInt32(bitPattern: term)) << 16 | UInt64(postingBits[Int(term)][place])
    }

    /// Where `value` is in ascending `list[from ..< to]`, or nil when it is not there.
    @inline(__always)
    static func lowerBound(_ value: Int32, in list: UnsafeBufferPointer<Int32>, from: Int, to end: Int) -> Int? {
        var lo = from, hi = end
        while lo < hi {
            let mid = (lo + hi) >> 1
            if list[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo < end && list[lo] == value ? lo : nil
    }

    /// True when `term` is one of the kinds product `p` is.
    @inline(__always)
    func hasHead(_ p: Int, _ term: Int32) -> Bool {
        for k in Int(headStart[p])..<Int(headStart[p + 1]) where headStore[k] == term { return true }
        return false
    }

    /// `products[p].stock(forSize:)` for a size already normalised to `wanted` (nil: no such size).
    func stock(_ p: Int, normalisedSize wanted: String) -> Int? {
        variantSizes[p].first { $0.size == wanted }?.stock
    }

    /// `product`'s sized variants in catalogue order as (size as written, normalised size, stock): the
    /// tables built at load time when this index holds the product, else read from its variants.
    /// Gives what `sizes`, `sizesInStock` and `stock(forSize:)` give, without reading variant attributes.
    public func sizeTable(of product: Product) -> [(size: String, normalised: String, stock: Int)] {
        // Equal variants are the same array here (the product came from this index): compared in O(1).
        guard let p = byID[product.id], products[p].variants == product.variants else {
            return (product.variants ?? []).compactMap { v in v.size.map { ($0, SizeKey.normalise($0), v.stock) } }
        }
        return zip(variantSizeNames[p], variantSizes[p]).map { ($0, $1.size, $1.stock) }
    }

    /// The term ids of product `p`.
    func terms(of p: Int) -> [Int32] {
        Array(termStore[Int(entryStart[p])..<Int(entryStart[p + 1])])
    }
}

/// Builds the index tables; separate so that ProductIndex stays immutable.
struct IndexBuilder {
    let products: [Product]
    var analyzer: Analyzer
    var kinds: KindMatcher
    var colourWords: [String: String] = [:]
    var byID: [String: Int] = [:]
    var termIDs: [String: Int32] = [:]
    var termStrings: [String] = []
    var postings: [[Int32]] = []
    var entries: [[UInt64]] = []
    var features: [ProductFeatures] = []
    var codes: [String: [Int32]] = [:]
    /// Plain words (not stems, not synthetic) offered as typo corrections.
    var typoWords: Set<Int32> = []
    private var basesMemo: [String: [String]] = [:]
    private var analysisMemo: [String: [AnalyzedToken]] = [:]
    private var categoryMemo: [String: [Int]] = [:]

    init(products: [Product], extraKinds: [KindGroup]) {
        self.products = products
        var colourWords: [String: String] = [:]
        for (canonical, words) in CatalogueLexicon.colours {
            for w in words { colourWords[Folding.key(w)] = canonical }
        }
        self.colourWords = colourWords
        let groups = KindLexicon.groups + extraKinds + Self.shopKinds(products, known: KindMatcher(groups: KindLexicon.groups + extraKinds), colours: colourWords)
        self.kinds = KindMatcher(groups: groups)
        // The shop's own vocabulary is never stemmed: brands, kind words, colours.
        var protected: Set<String> = kinds.words
        protected.formUnion(colourWords.keys)
        for p in products {
            if let b = p.brand { for t in Tokenizer.tokens(b) { protected.insert(t.key) } }
        }
        self.analyzer = Analyzer(protectedWords: protected)
    }

    /// Kinds the shop adds: its category names not covered by the lexicon, and — for shops without
    /// categories — nouns that often end product names ("... Fön Sütü", "... Kulaklık").
    static func shopKinds(_ products: [Product], known: KindMatcher, colours: [String: String]) -> [KindGroup] {
        var out: [KindGroup] = []
        var seen: Set<String> = []
        var categorised = 0
        for p in products {
            guard let c = p.category?.trimmingCharacters(in: .whitespaces), !c.isEmpty else { continue }
            categorised += 1
            let key = Folding.key(c)
            guard seen.insert(key).inserted else { continue }
            let keys = Tokenizer.tokens(c).map(\.key)
            let covered = known.mentions(in: keys).reduce(0) { $0 + $1.end - $1.start }
            if covered < keys.count { out.append(KindGroup(key, [c])) }
        }
        if categorised * 2 < products.count {
            var counts: [String: Int] = [:]
            for p in products {
                guard let last = Tokenizer.tokens(p.name).last(where: { $0.kind == .word }) else { continue }
                counts[last.key, default: 0] += 1
            }
            let threshold = max(3, products.count / 500)
            // Name-final nouns usually carry the compound's possessive ("Bebek Bezi", "Fön Sütü"):
            // the kind is the bare noun, so that "bezleri" and "bezi" both find it.
            let stemmer = Stemmer()
            var bare: [String: Int] = [:]
            for (word, n) in counts {
                let s = stemmer.stem(word)
                bare[s.count >= 3 ? s : word, default: 0] += n
            }
            for (word, n) in bare where n >= threshold && word.count >= 3 && !seen.contains(word) {
                if colours[word] != nil || QueryLexicon.stopWords.contains(word) || CatalogueLexicon.units.contains(word) { continue }
                if CatalogueLexicon.derivationalEndings.contains(where: { word.hasSuffix($0) && word.count > $0.count + 2 }) { continue }
                if !known.bases(of: word).isEmpty { continue }
                seen.insert(word)
                out.append(KindGroup(word, [word]))
            }
        }
        return out
    }

    mutating func id(_ term: String) -> Int32 {
        if let i = termIDs[term] { return i }
        let i = Int32(termStrings.count)
        termIDs[term] = i
        termStrings.append(term)
        postings.append([])
        return i
    }

    mutating func mentions(_ keys: [String]) -> [KindMention] {
        let matcher = kinds
        return matcher.mentions(in: keys) { key in
            if let m = basesMemo[key] { return m }
            let b = matcher.bases(of: key)
            basesMemo[key] = b
            return b
        }
    }

    /// Analysis of short repeated texts (brands, categories, tags, attribute values), done once per text.
    mutating func analysed(_ text: String) -> [AnalyzedToken] {
        if let cached = analysisMemo[text] { return cached }
        let a = analyzer.analyze(text)
        analysisMemo[text] = a
        return a
    }

    mutating func build() {
        entries.reserveCapacity(products.count)
        features.reserveCapacity(products.count)
        for (i, p) in products.enumerated() {
            byID[p.id] = i
            var local: [Int32: (UInt8, UInt8)] = [:]  // term → (fields, first name position)
            func add(_ t: Int32, _ field: UInt8, _ pos: Int) {
                let position = UInt8(min(pos, 255))
                if let (f, old) = local[t] {
                    local[t] = (f | field, field == Field.name ? min(old, position) : old)
                } else {
                    local[t] = (field, field == Field.name ? position : 255)
                }
            }
            var colours: Set<String> = []

            // Name
            let name = analyzer.analyze(p.name)
            let keys = name.map(\.token.key)
            for (pos, a) in name.enumerated() {
                let k = id(a.token.key)
                add(k, Field.name, pos)
                if a.token.kind == .word { typoWords.insert(k) }
                if a.stem != a.token.key { add(id(a.stem), Field.name, pos) }
                if let c = colourWords[a.token.key] { colours.insert(c) }
                if let unit = a.token.unit, a.token.kind == .number {
                    // 65" is "65 inç": index the unit and the joined form.
                    add(id(unit), Field.derived, pos)
                    add(id(a.token.key + unit), Field.derived, pos)
                }
                if a.token.kind == .alphanumeric {
                    let runs = Morphology.runs(a.token.key)
                    if runs.count > 1 { for r in runs { add(id(r), Field.derived, pos) } }
                }
                if pos + 1 < name.count {
                    let next = name[pos + 1].token
                    let joinable = (a.token.kind == .number && (next.kind == .word && (CatalogueLexicon.units.contains(next.key) || next.key.count <= 3)))
                        || (a.token.kind == .word && a.token.key.count <= 3 && next.kind == .number)
                    if joinable { add(id(a.token.key + next.key), Field.derived, pos) }
                }
            }
            let nameMentions = mentions(keys)
            for m in nameMentions {
                for g in kinds.withBroader(m.group) { add(id(KindMatcher.term(kinds.groups[g].canonical)), Field.name, m.start) }
            }

            // Brand
            if let brand = p.brand {
                for a in analysed(brand) {
                    let k = id(a.token.key)
                    add(k, Field.brand, 255)
                    if a.token.kind == .word { typoWords.insert(k) }
                    if a.stem != a.token.key { add(id(a.stem), Field.brand, 255) }
                }
            }

            // Category
            var categoryKinds: [Int] = []
            if let category = p.category {
                let analyzed = analysed(category)
                for a in analyzed {
                    let k = id(a.token.key)
                    add(k, Field.category, 255)
                    if a.token.kind == .word { typoWords.insert(k) }
                    if a.stem != a.token.key { add(id(a.stem), Field.category, 255) }
                }
                if let known = categoryMemo[category] {
                    categoryKinds = known
                } else {
                    for m in mentions(analyzed.map(\.token.key)) { categoryKinds += kinds.withBroader(m.group) }
                    categoryMemo[category] = categoryKinds
                }
                for g in categoryKinds { add(id(KindMatcher.term(kinds.groups[g].canonical)), Field.category, 255) }
            }

            // Tags and attribute values
            var extraTexts: [String] = p.tags ?? []
            for (k, v) in p.attributes ?? [:] {
                extraTexts.append(v)
                if CatalogueLexicon.colourAttributes.contains(Folding.key(k)) {
                    for t in Tokenizer.tokens(v) { if let c = colourWords[t.key] { colours.insert(c) } }
                }
            }
            for variant in p.variants ?? [] {
                for (k, v) in variant.attributes where CatalogueLexicon.colourAttributes.contains(Folding.key(k)) {
                    for t in Tokenizer.tokens(v) { if let c = colourWords[t.key] { colours.insert(c) } }
                }
            }
            for text in extraTexts {
                for a in analysed(text) {
                    add(id(a.token.key), Field.extra, 255)
                    if a.stem != a.token.key { add(id(a.stem), Field.extra, 255) }
                }
            }
            for c in colours.sorted() { add(id("#" + c), Field.extra, 255) }

            // Model codes and SKUs
            var productCodes: Set<String> = [Self.codeKey(p.id)]
            for c in Self.codeKeys(in: p.name) { productCodes.insert(c) }
            for v in p.variants ?? [] { productCodes.insert(Self.codeKey(v.sku)) }
            for c in productCodes where c.count >= 3 { codes[c, default: []].append(Int32(i)) }

            // Postings and the product's own sorted term list
            var list: [UInt64] = []
            list.reserveCapacity(local.count)
            for (t, (f, pos)) in local {
                postings[Int(t)].append(Int32(i))
                list.append(UInt64(UInt32(bitPattern: t)) << 16 | UInt64(f) << 8 | UInt64(pos))
            }
            list.sort()
            entries.append(list)

            let (heads, accessory) = headKinds(keys: keys, mentions: nameMentions, categoryKinds: categoryKinds)
            features.append(ProductFeatures(
                nameLength: UInt16(min(keys.count, 1000)), heads: heads.map { id(KindMatcher.term(kinds.groups[$0].canonical)) },
                isAccessory: accessory,
                markerPosition: UInt8(min(255, keys.firstIndex(where: { CatalogueLexicon.forMarkers.contains($0) }) ?? 255)),
                colours: colours.sorted(), inStock: p.inStock, price: p.price))
        }
        // Kind and colour words are known words even when this shop sells none of them, so that
        // "buzdolabı" is not "corrected" into some other word of the catalogue.
        // Sorted: term ids, and so every tie broken by id, are the same in every process.
        for w in kinds.words.union(colourWords.keys).sorted() where w.count >= 4 { typoWords.insert(id(w)) }
    }

    /// The kinds a product *is*, read from its name the Turkish way, and whether it is an accessory.
    /// "iPhone 15 uyumlu kılıf" → kılıf (accessory); "telefon kılıfı" → kılıf (the head of a compound is its
    /// last noun); "JBL kulaklık 40 saat pil ömrü" in category Kulaklık → kulaklık; a name with no kind
    /// word takes its category's kinds.
    func headKinds(keys: [String], mentions: [KindMention], categoryKinds: [Int]) -> (heads: [Int], accessory: Bool) {
        let role = { (g: Int) in kinds.groups[g].role }
        if let marker = keys.firstIndex(where: { CatalogueLexicon.forMarkers.contains($0) }), marker > 0 {
            let after = mentions.filter { $0.start > marker && $0.canBeHead }
            // "… uyumlu kılıf": an accessory named after the marker is what the product is.
            if let accessory = after.last(where: { role($0.group) == .accessory }) {
                return (kinds.withBroader(accessory.group), true)
            }
            // "Ps4/ps5 uyumlu PC telefon …" lists what it works with; the category says what it is.
            if !categoryKinds.isEmpty { return (categoryKinds, false) }
            if let product = after.last { return (kinds.withBroader(product.group), false) }
            return ([], true)
        }
        var remaining: [KindMention] = []
        for (n, m) in mentions.enumerated() where m.canBeHead {
            // A kind right before another is a modifier of it ("telefon kılıfı", "kulaklık standı").
            // A possessive on the next one marks a real compound even against the category ("konsol tutacağı");
            // without it, keyword lists ("kulaklık cep telefonu") keep the category's kind.
            if n + 1 < mentions.count && mentions[n + 1].start == m.end {
                let next = mentions[n + 1]
                let possessive = next.end - next.start == 1 && ["i", "u", "si", "su", "leri", "lari"].contains(next.ending)
                if possessive || !categoryKinds.contains(m.group) { continue }
            }
            // A kind after "ve"/"ile" is part of a bundle ("kasa ve spor kordon").
            let window = keys[max(0, m.start - 2)..<m.start]
            if role(m.group) == .accessory && window.contains(where: { CatalogueLexicon.bundleMarkers.contains($0) }) { continue }
            remaining.append(m)
        }
        let categorySet = Set(categoryKinds)
        if let own = remaining.first(where: { categorySet.contains($0.group) }) {
            return (Array(Set(kinds.withBroader(own.group) + categoryKinds)), false)
        }
        if !categoryKinds.isEmpty && remaining.contains(where: { role($0.group) == .product }) {
            // The name mentions other kinds ("… telefon bağlantılı etiket makinesi"): the shop's category decides.
            return (categoryKinds, false)
        }
        if let product = remaining.first(where: { role($0.group) == .product }) {
            return (kinds.withBroader(product.group), false)
        }
        if let accessory = remaining.last {
            return (kinds.withBroader(accessory.group), true)
        }
        return (categoryKinds, false)
    }

    /// A code key: folded, without separators ("MW0W3TU/A" → "mw0w3tua").
    static func codeKey(_ text: String) -> String {
        // ASCII text (most questions): folding is lowercasing and the alphanumerics are [a-z0-9].
        if let ascii = asciiCodeKey(text) { return ascii }
        // Turkish letters fold to ASCII ones, so the folded text is usually ASCII too; the only ASCII
        // alphanumerics are [A-Za-z0-9], so filtering its bytes keeps what filtering its scalars would.
        let folded = Folding.key(text)
        if let ascii = asciiCodeKey(folded) { return ascii }
        return String(folded.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
    }

    /// `codeKey` of ASCII text, nil for any other.
    private static func asciiCodeKey(_ text: String) -> String? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return asciiCode(text.utf8)
    }

    /// Lowercased letters and digits of ASCII bytes.
    @inline(__always)
    private static func asciiCode<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        String(decoding: bytes.compactMap { b -> UInt8? in
            if b >= 65 && b <= 90 { return b + 32 }
            return (b >= 97 && b <= 122) || (b >= 48 && b <= 57) ? b : nil
        }, as: UTF8.self)
    }

    /// Code keys of the space-separated chunks of `text` that mix letters and digits ("MW0W3TU/A", "82XB009GTX").
    /// Works on bytes: names are long and most chunks are plain words.
    static func codeKeys(in text: String) -> [String] {
        var out: [String] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var hasDigit = false, hasLetter = false, ascii = true
        var i = bytes.startIndex
        // Chunks are slices of the text, looked at only when they mix letters and digits.
        while true {
            let atEnd = i == bytes.endIndex
            let b = atEnd ? 32 : bytes[i]
            if b == 32 || b == 9 || b == 10 || b == 13 {
                if hasDigit && hasLetter {
                    let key = ascii ? asciiCode(bytes[start..<i]) : codeKey(String(decoding: bytes[start..<i], as: UTF8.self))
                    if isCode(key) { out.append(key) }
                }
                hasDigit = false; hasLetter = false; ascii = true
                if atEnd { break }
                i = bytes.index(after: i)
                start = i
                continue
            }
            if b >= 48 && b <= 57 { hasDigit = true } else if (b >= 65 && b <= 90) || (b >= 97 && b <= 122) { hasLetter = true }
            if b >= 0x80 { ascii = false; hasLetter = true }
            i = bytes.index(after: i)
        }
        return out
    }

    /// Code keys mix letters and digits and are long enough not to be a size or a year.
    static func isCode(_ key: String) -> Bool {
        guard key.count >= 4, key.contains(where: \.isNumber), key.contains(where: \.isLetter) else { return false }
        // "256gb", "144hz", "55inc" are amounts, not codes.
        let runs = Morphology.runs(key)
        return !(runs.count == 2 && runs[0].first!.isNumber && CatalogueLexicon.units.contains(runs[1]))
    }

    /// `ProductIndex.isProductTerm` of each term that is a plain lowercase ASCII word some product has.
    /// Such a word is one word token whose own key is a known word covering products, so the query
    /// analysis of it ends in a known term — unless it is a stop word, or it names a kind of product
    /// whose kind term no product has (then the word is unknown). Both are decided here, once.
    func plainWordAnswers() -> [UInt8] {
        var answers = [UInt8](repeating: 0, count: termStrings.count)
        for (t, term) in termStrings.enumerated() where !postings[t].isEmpty && Self.isPlainWord(term) {
            if QueryLexicon.stopWords.contains(term) { answers[t] = 1; continue }
            if let mention = kinds.match([term], at: 0, bases: kinds.bases(of: term)) {
                let kind = termIDs[KindMatcher.term(kinds.groups[mention.group].canonical)]
                answers[t] = (kind.map { postings[Int($0)].isEmpty } ?? true) ? 1 : 2
            } else {
                answers[t] = 2
            }
        }
        return answers
    }

    /// Lowercase ASCII letters only: the tokenizer makes exactly one word token of it, its key unchanged.
    @inline(__always)
    static func isPlainWord(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }

    func makeTypoIndex() -> TypoIndex {
        var words: [(String, Int32)] = []
        for t in typoWords { words.append((termStrings[Int(t)], t)) }
        return TypoIndex(words: words)
    }
}

extension ProductIndex {
    /// What the index made of a product: its kinds, accessory flag and colours (for debugging rankings).
    public func describe(_ product: Product) -> String {
        guard let p = byID[product.id] else { return "not in the index" }
        let f = features[p]
        let heads = f.heads.map { termStrings[Int($0)] }.joined(separator: ",")
        let keys = analyzer.analyze(product.name).map(\.token.key)
        let found = kinds.mentions(in: keys).map { "\(kinds.groups[$0.group].canonical)@\($0.start)\($0.ending.isEmpty ? "" : "+" + $0.ending)" }
        return "keys=\(keys.joined(separator: " ")) mentions=\(found) heads=[\(heads)] accessory=\(f.isAccessory) marker=\(f.markerPosition) colours=\(f.colours) terms=\(entryStart[p + 1] - entryStart[p])"
    }
}
