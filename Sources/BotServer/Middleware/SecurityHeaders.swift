import HTTPTypes
import Hummingbird

/// Security headers on every answer. API answers (JSON, text, event streams) get a deny-all content
/// policy and may not be framed; HTML and scripts keep whatever policy their route chose.
enum SecurityHeaders {
    static func apply(to response: inout Response) {
        // Existence checks, fields built once and a byte test of the content type: setting a field
        // by name checks its value's bytes and searches the fields again, the string getter joins
        // repeated values, and Foundation's substring search bridges to NSString, on every answer.
        // Room for these four and X-Request-ID at once, rather than growing field by field.
        response.headers.reserveCapacity(response.headers.count + 5)
        if response.headers.contains(.xContentTypeOptions) {
            response.headers[.xContentTypeOptions] = noSniff.value
        } else {
            response.headers.append(noSniff)
        }
        if !response.headers.contains(.referrerPolicy) { response.headers.append(noReferrer) }
        guard !isPageOrScript(response.headers.first { $0.name == .contentType }?.value ?? "") else { return }
        if !response.headers.contains(.contentSecurityPolicy) { response.headers.append(denyAll) }
        if !response.headers.contains(.xFrameOptions) { response.headers.append(noFraming) }
    }

    private static let noSniff = HTTPField(name: .xContentTypeOptions, value: "nosniff")
    private static let noReferrer = HTTPField(name: .referrerPolicy, value: "no-referrer")
    private static let denyAll = HTTPField(name: .contentSecurityPolicy, value: "default-src 'none'; frame-ancestors 'none'")
    private static let noFraming = HTTPField(name: .xFrameOptions, value: "DENY")

    /// HTML and scripts keep their own policy: `text/html…`, or any type naming javascript.
    static func isPageOrScript(_ contentType: String) -> Bool {
        if contentType.hasPrefix("text/html") { return true }
        // Searched on the text's own bytes: no copies per answer.
        let bytes = contentType.utf8, word = "javascript".utf8
        var start = bytes.startIndex
        while bytes.distance(from: start, to: bytes.endIndex) >= word.count {
            if bytes[start...].starts(with: word) { return true }
            start = bytes.index(after: start)
        }
        return false
    }
}

extension HTTPField.Name {
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
