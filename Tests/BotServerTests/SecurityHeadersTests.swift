import HTTPTypes
import Hummingbird
import Testing
@testable import BotServer

@Suite struct SecurityHeadersTests {
    private func applied(_ type: String, _ extra: HTTPFields = [:]) -> HTTPFields {
        var headers = extra
        headers[.contentType] = type
        var response = Response(status: .ok, headers: headers)
        SecurityHeaders.apply(to: &response)
        return response.headers
    }

    @Test func apiAnswersAreNeitherFramedNorRunAnything() {
        for type in ["application/json; charset=utf-8", "text/event-stream; charset=utf-8", "text/plain"] {
            let h = applied(type)
            #expect(h[.contentSecurityPolicy] == "default-src 'none'; frame-ancestors 'none'", "\(type)")
            #expect(h[.xFrameOptions] == "DENY")
            #expect(h[.xContentTypeOptions] == "nosniff")
            #expect(h[.referrerPolicy] == "no-referrer")
        }
    }

    @Test func pagesAndScriptsKeepTheirOwnPolicy() {
        for type in ["text/html; charset=utf-8", "text/javascript; charset=utf-8", "application/javascript"] {
            let h = applied(type)
            #expect(h[.contentSecurityPolicy] == nil, "\(type)")
            #expect(h[.xFrameOptions] == nil)
            #expect(h[.xContentTypeOptions] == "nosniff")
        }
        let page = applied("text/html", [.contentSecurityPolicy: "default-src 'self'", .referrerPolicy: "origin"])
        #expect(page[.contentSecurityPolicy] == "default-src 'self'")
        #expect(page[.referrerPolicy] == "origin")
        #expect(page[fields: .referrerPolicy].count == 1)
    }

    @Test func aPolicyARouteChoseIsKept() {
        let h = applied("application/json", [.contentSecurityPolicy: "default-src 'self'", .xFrameOptions: "SAMEORIGIN"])
        #expect(h[.contentSecurityPolicy] == "default-src 'self'")
        #expect(h[.xFrameOptions] == "SAMEORIGIN")
    }
}
