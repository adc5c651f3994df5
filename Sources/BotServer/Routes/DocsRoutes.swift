import HTTPTypes
import Hummingbird

/// `GET /openapi.json` and `GET /docs`.
struct DocsRoutes: Sendable {
    func register(on router: Router<BotRequestContext>) {
        let document = ByteBuffer(string: OpenAPIDocument.json)
        let page = ByteBuffer(string: DocsPage.html)
        router.get("/openapi.json") { _, _ in
            var headers: HTTPFields = [:]
            headers[.contentType] = "application/json; charset=utf-8"
            headers[.accessControlAllowOrigin] = "*"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: document))
        }
        router.get("/docs") { _, _ in
            var headers: HTTPFields = [:]
            headers[.contentType] = "text/html; charset=utf-8"
            headers[.contentSecurityPolicy] = DocsPage.contentSecurityPolicy
            headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: page))
        }
    }
}
