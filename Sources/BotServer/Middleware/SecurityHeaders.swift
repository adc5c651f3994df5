import HTTPTypes
import Hummingbird

/// Security headers on every answer. API answers (JSON, text, event streams) get a deny-all content
/// policy and may not be framed; HTML and scripts keep whatever policy their route chose.
enum SecurityHeaders {
    static func apply(to response: inout Response) {
        response.headers[.xContentTypeOptions] = "nosniff"
        if response.headers[.referrerPolicy] == nil { response.headers[.referrerPolicy] = "no-referrer" }
        let type = response.headers[.contentType] ?? ""
        if !type.hasPrefix("text/html") && !type.contains("javascript") {
            if response.headers[.contentSecurityPolicy] == nil {
                response.headers[.contentSecurityPolicy] = "default-src 'none'; frame-ancestors 'none'"
            }
            if response.headers[.xFrameOptions] == nil { response.headers[.xFrameOptions] = "DENY" }
        }
    }
}

extension HTTPField.Name {
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
