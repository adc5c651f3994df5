import Commerce
import Hummingbird

/// Answers CORS preflights from the shops' `allowed_origins`. A preflight may name its shop with
/// `?business_id=`; without it an origin allowed by any shop passes the preflight, and the bot
/// routes then grant the actual answer only to the origins of the shop it is for.
struct CORSPreflight: Sendable {
    let policy: CORSPolicy

    /// The answer to a preflight; nil for every other request.
    func answer(_ request: Request, context: BotRequestContext) -> Response? {
        guard request.method == .options, let origin = request.headers[.origin],
              request.headers[.accessControlRequestMethod] != nil else {
            return nil
        }
        let businessID = request.uri.queryParameters["business_id"].map(String.init)
        guard policy.allows(origin: origin, businessID: businessID) else {
            return APIError.originNotAllowed(origin).response(requestID: context.requestID)
        }
        var headers: HTTPFields = [:]
        headers[.accessControlAllowOrigin] = origin
        headers[.accessControlAllowMethods] = "GET, POST, OPTIONS"
        headers[.accessControlAllowHeaders] = request.headers[.accessControlRequestHeaders] ?? "Content-Type"
        headers[.accessControlMaxAge] = "600"
        headers[.vary] = "Origin"
        return Response(status: .noContent, headers: headers)
    }
}

/// Which browser origins may read answers, from each shop's configuration.
struct CORSPolicy: Sendable {
    let shops: ShopRegistry

    /// True when `origin` is allowed for the shop, or for any shop when none is named.
    func allows(origin: String, businessID: String?) -> Bool {
        if let businessID {
            return shops.shop(businessID)?.config.allowedOrigins.contains { Self.matches($0, origin) } ?? false
        }
        for id in shops.businessIDs where allows(origin: origin, businessID: id) { return true }
        return false
    }

    /// Adds the headers that let `origin` read this answer, when the shop allows it.
    func decorate(_ response: inout Response, origin: String?, shop: Shop?) {
        guard let origin else { return }
        let allowed = shop.map { $0.config.allowedOrigins.contains { Self.matches($0, origin) } }
            ?? allows(origin: origin, businessID: nil)
        response.headers[.vary] = "Origin"
        if allowed {
            response.headers[.accessControlAllowOrigin] = origin
            response.headers[.accessControlExposeHeaders] = "X-Request-ID, Retry-After"
        }
    }

    static func matches(_ allowed: String, _ origin: String) -> Bool {
        allowed == "*" || allowed.caseInsensitiveCompare(origin) == .orderedSame
            || allowed.trimmingSuffix("/").caseInsensitiveCompare(origin) == .orderedSame
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
