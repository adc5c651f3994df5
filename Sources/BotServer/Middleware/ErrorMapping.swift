import Hummingbird
import Logging
import NIOCore
import Synchronization

/// Turns every failure into the contract's JSON error: unknown paths (404) and methods (405),
/// oversized bodies (413), Hummingbird's own errors, and anything unexpected (500, logged).
struct ErrorMapping: Sendable {
    let routes: KnownRoutes
    let logger: Logger

    func response(for error: any Error, to request: Request, context: BotRequestContext) -> Response {
        switch error {
        case let error as APIError:
            return error.response(requestID: context.requestID)
        case let error as HTTPError where error.status == .notFound && context.endpointPath == "NotFound":
            let allowed = routes.methods(for: request.uri.path)
            if !allowed.isEmpty {
                return APIError.methodNotAllowed(request.method.rawValue, allowed: allowed).response(requestID: context.requestID)
            }
            return APIError.notFound(request.uri.path).response(requestID: context.requestID)
        case is NIOTooManyBytesError:
            return APIError.tooLarge(limit: BodyLimit.bytes).response(requestID: context.requestID)
        case let error as any HTTPResponseError:
            let status = error.status
            return APIError(status: status, code: Self.code(status), message: status.reasonPhrase, details: nil,
                            suggestedAction: "See /openapi.json for how to call this server.")
                .response(requestID: context.requestID)
        default:
            logger.error("unhandled error", metadata: ["request_id": "\(context.requestID)", "error": "\(error)"])
            return APIError.internalError().response(requestID: context.requestID)
        }
    }

    static func code(_ status: HTTPResponse.Status) -> String {
        status.reasonPhrase.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "_")
    }
}

/// The registered routes, for telling 405 from 404. Filled once after the router is built.
final class KnownRoutes: Sendable {
    private let entries = Mutex<[(method: String, components: [Substring])]>([])

    /// Records the router's routes (`/admin/cache/{business_id}` style paths).
    func set(_ routes: [(method: String, path: String)]) {
        entries.withLock { $0 = routes.map { ($0.method, $0.path.split(separator: "/")) } }
    }

    /// The methods registered for paths matching `path`.
    func methods(for path: String) -> [String] {
        let parts = path.split(separator: "/")
        let found = entries.withLock { entries in
            entries.filter { Self.match($0.components, parts) }.map(\.method)
        }
        return Array(Set(found)).sorted()
    }

    private static func match(_ pattern: [Substring], _ parts: [Substring]) -> Bool {
        if pattern.last == "**" { return parts.count >= pattern.count - 1 && zip(pattern.dropLast(), parts).allSatisfy(matchOne) }
        return pattern.count == parts.count && zip(pattern, parts).allSatisfy(matchOne)
    }

    private static func matchOne(_ p: Substring, _ s: Substring) -> Bool {
        p == s || p == "*" || (p.hasPrefix("{") && p.hasSuffix("}"))
    }
}
