import Commerce
import Foundation
import HTTPTypes
import Hummingbird
import TurkishText

/// Serves `/widget.js` and the demo shop pages `/demo/{business_id}`.
func addWidgetRoutes(to router: Router<BotRequestContext>, shops: ShopRegistry) {
    let widget = WidgetAsset(resource: "widget", extension: "js")
    let demo = DemoPage(template: WidgetAsset.text(resource: "demo", extension: "html"), widgetPath: widget.versionedPath)

    let short = "public, max-age=300, stale-while-revalidate=86400", long = "public, max-age=31536000, immutable"
    router.get("widget.js") { request, _ in widget.response(to: request, cacheControl: short) }
    router.get(RouterPath(widget.versionedPath)) { request, _ in widget.response(to: request, cacheControl: long) }
    // A page cached from before a deploy may still name an older version: give it the current one.
    router.get("widget.{version}") { _, _ in
        Response(status: .found, headers: [.location: "/widget.js", .cacheControl: "no-store"])
    }
    router.get("demo/:business") { request, context in
        let id = context.parameters.get("business") ?? ""
        if isValidBusinessID(id), let shop = shops.shop(id) {
            return demo.response(for: shop, origin: request.publicOrigin)
        }
        let error: APIError = isValidBusinessID(id) && shops.errors[id] != nil
            ? .businessUnavailable(id, shops.errors[id]?.description ?? "")
            : .unknownBusiness(id)
        return error.response(requestID: context.requestID)
    }
}

/// A static file from `Public/`, read once, with its content hash for the versioned URL and ETag.
struct WidgetAsset: Sendable {
    let bytes: ByteBuffer
    let hash: String
    let versionedPath: String

    init(resource: String, extension ext: String) {
        let data = Array(Self.compactScript(Self.text(resource: resource, extension: ext)).utf8)
        bytes = ByteBuffer(bytes: data)
        hash = Self.fnv1a(data)
        versionedPath = "/\(resource).v\(hash).\(ext)"
    }

    var etag: String { "\"\(hash)\"" }

    /// 200 with the script, or 304 when the client already holds this version.
    func response(to request: Request, cacheControl: String) -> Response {
        var headers: HTTPFields = [
            .contentType: "text/javascript; charset=utf-8",
            .cacheControl: cacheControl,
            .eTag: etag,
            .xContentTypeOptions: "nosniff",
            // Any site may embed the script; the API calls it makes are checked against allowed_origins.
            .accessControlAllowOrigin: "*",
            HTTPField.Name("Cross-Origin-Resource-Policy")!: "cross-origin",
        ]
        if let match = request.headers[.ifNoneMatch], Self.matches(match, etag: etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentLength] = String(bytes.readableBytes)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: bytes))
    }

    /// `If-None-Match` is a list of (possibly weak) tags, or `*`.
    static func matches(_ header: String, etag: String) -> Bool {
        header.split(separator: ",").contains { item in
            var tag = item.trimmingCharacters(in: .whitespaces)
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == "*" || tag == etag
        }
    }

    /// Drops indentation, blank lines and whole-line `//` comments: the source stays readable in the
    /// repository while shops download less. Safe because the script has no multi-line strings.
    static func compactScript(_ source: String) -> String {
        source.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.drop { $0 == " " || $0 == "\t" } }
            .filter { !$0.isEmpty && !$0.hasPrefix("//") }
            .joined(separator: "\n") + "\n"
    }

    static func data(resource: String, extension ext: String) -> [UInt8] {
        guard let url = Bundle.module.url(forResource: resource, withExtension: ext, subdirectory: "Public"),
              let data = try? Data(contentsOf: url)
        else { preconditionFailure("Public/\(resource).\(ext) is missing from the BotServer resources") }
        return [UInt8](data)
    }

    static func text(resource: String, extension ext: String) -> String {
        String(decoding: data(resource: resource, extension: ext), as: UTF8.self)
    }

    /// 64-bit FNV-1a as 12 hex digits: enough to tell versions apart, short enough for a URL.
    static func fnv1a(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        let hex = String(h, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(12))
    }
}

/// The demo shop page: the shop's name, a few of its products and the widget, as one server-rendered page.
struct DemoPage: Sendable {
    let template: String
    let widgetPath: String
    static let productCount = 6

    /// The page's own words besides the template (stock labels match the widget's).
    enum Texts {
        static let inStock = "Stokta"
        static let outOfStock = "Tükendi"
    }

    /// Only this server is contacted: no fonts, images or scripts from elsewhere.
    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; connect-src 'self'; "
        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'"

    func response(for shop: Shop, origin: String) -> Response {
        let html = render(shop: shop, origin: origin)
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/html; charset=utf-8",
                .cacheControl: "no-cache",
                .contentSecurityPolicy: Self.contentSecurityPolicy,
                .xContentTypeOptions: "nosniff",
            ],
            body: .init(byteBuffer: ByteBuffer(string: html))
        )
    }

    func render(shop: Shop, origin: String) -> String {
        let picked = Self.showcase(shop.catalogue.products, count: Self.productCount)
        let currency = shop.catalogue.currency
        let items = picked.map { p in
            let initial = (p.category ?? p.brand ?? p.name).first.map { TurkishCase.uppercased(String($0)) } ?? "?"
            let stock = p.inStock ? "<p class=\"stock\">\(Texts.inStock)</p>" : "<p class=\"stock out\">\(Texts.outOfStock)</p>"
            let name = p.url.flatMap { $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil }
                .map { "<a href=\"\(Self.escape($0))\" rel=\"noopener\">\(Self.escape(p.name))</a>" } ?? Self.escape(p.name)
            return """
                    <li class="item" data-id="\(Self.escape(p.id))">
                      <div class="thumb" aria-hidden="true">\(Self.escape(initial))</div>
                      <p class="cat">\(Self.escape(p.category ?? p.brand ?? ""))</p>
                      <p class="name">\(name)</p>
                      <p class="price">\(Self.escape(PriceFormat.turkish(p.price, currency: currency)))</p>
                      \(stock)
                    </li>
                """
        }.joined(separator: "\n")
        let example = picked.first.map { TurkishCase.lowercased($0.category ?? $0.brand ?? $0.name) } ?? "kargo"
        let snippet = "<script src=\"\(origin)/widget.js\" data-business=\"\(shop.id)\" defer></script>"
        return Self.fill(template, [
            "shop": Self.escape(shop.config.name),
            "business": Self.escape(shop.id),
            "count": Self.grouped(shop.catalogue.products.count),
            "example": Self.escape(example),
            "greeting": Self.escape(shop.config.greeting ?? ""),
            "products": items,
            "snippet": Self.escape(snippet),
            "widget": Self.escape(widgetPath),
        ])
    }

    /// 7673 → "7.673", the Turkish way of grouping thousands.
    static func grouped(_ n: Int) -> String {
        var digits = String(n.magnitude), out = ""
        while digits.count > 3 { out = "." + digits.suffix(3) + out; digits.removeLast(3) }
        return (n < 0 ? "-" : "") + digits + out
    }

    /// In-stock products from as many categories as possible, in catalogue order.
    static func showcase(_ products: [Product], count: Int) -> [Product] {
        var seen = Set<String>(), picked: [Product] = [], pickedIDs = Set<String>()
        for p in products where p.inStock && picked.count < count && seen.insert(p.category ?? "").inserted {
            picked.append(p); pickedIDs.insert(p.id)
        }
        for p in products where picked.count < count && !pickedIDs.contains(p.id) {
            picked.append(p); pickedIDs.insert(p.id)
        }
        return picked
    }

    /// Replaces `{{name}}` in one pass, so a value that itself contains braces is never expanded.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = "", rest = Substring(template)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            out += rest[..<open.lowerBound]
            let key = String(rest[open.upperBound..<close.lowerBound])
            out += values[key] ?? ""
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// Text and attribute escaping for HTML.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}

extension Request {
    /// `scheme://host` as the client addressed this server (honours a proxy's `X-Forwarded-Proto`).
    var publicOrigin: String {
        let proto = headers[HTTPField.Name("X-Forwarded-Proto")!] == "https" ? "https" : "http"
        return "\(proto)://\(head.authority ?? "localhost")"
    }
}
