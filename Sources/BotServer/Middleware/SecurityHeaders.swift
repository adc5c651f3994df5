import HTTPTypes
import Hummingbird

/// Security headers on every answer. API answers (JSON, text, event streams) get a deny-all content
/// policy and may not be framed; HTML and scripts keep whatever policy their route chose.
enum SecurityHeaders {
    static func apply(to response: inout Response) {
        // Existence checks and a byte test of the content type: the headers' string getter joins
        // repeated values and Foundation's substring search bridges to NSString, on every answer.
        response.headers[.xContentTypeOptions] = "nosniff"
        if !response.headers.contains(.referrerPolicy) { response.headers[.referrerPolicy] = "no-referrer" }
        guard !isPageOrScript(response.headers[fields: .contentType].first?.value ?? "") else { return }
        if !response.headers.contains(.contentSecurityPolicy) {
            response.headers[.contentSecurityPolicy] = "default-src 'none'; frame-ancestors 'none'"
        }
        if !response.headers.contains(.xFrameOptions) { response.headers[.xFrameOptions] = "DENY" }
    }

    /// HTML and scripts keep their own policy: `text/html…`, or any type naming javascript.
    static func isPageOrScript(_ contentType: String) -> Bool {
        if contentType.hasPrefix("text/html") { return true }
        let bytes = Array(contentType.utf8), word = Array("javascript".utf8)
        guard bytes.count >= word.count else { return false }
        return (0...(bytes.count - word.count)).contains { start in bytes[start..<start + word.count].elementsEqual(word) }
    }
}

extension HTTPField.Name {
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
