import Foundation
import Hummingbird

/// An error answer of the contract: `{error_code, error_message, error_details, request_id, timestamp, suggested_action}`.
struct APIError: Error, Sendable {
    var status: HTTPResponse.Status
    var code: String
    var message: String
    var details: [String: String]?
    var suggestedAction: String
    var headers: HTTPFields = [:]

    static func invalidJSON(_ problem: String) -> APIError {
        APIError(status: .badRequest, code: "invalid_json", message: "The request body is not valid JSON.",
                 details: ["problem": problem], suggestedAction: "Send a JSON object with question and business_id.")
    }
    static func missingField(_ field: String) -> APIError {
        APIError(status: .badRequest, code: "missing_field", message: "The field '\(field)' is required.",
                 details: ["field": field], suggestedAction: "Add '\(field)' to the request body.")
    }
    static func invalidField(_ field: String, _ problem: String) -> APIError {
        APIError(status: .badRequest, code: "invalid_field", message: "The field '\(field)' is not valid: \(problem).",
                 details: ["field": field, "problem": problem], suggestedAction: "Correct '\(field)' and send the request again.")
    }
    static func invalidBusinessID(_ id: String) -> APIError {
        APIError(status: .badRequest, code: "invalid_business_id",
                 message: "business_id must match ^[a-zA-Z0-9_-]{1,64}$.",
                 details: ["field": "business_id"], suggestedAction: "Use the business id your shop was given.")
    }
    static func unknownBusiness(_ id: String) -> APIError {
        APIError(status: .notFound, code: "business_not_found", message: "No shop is registered as '\(id)'.",
                 details: ["business_id": id], suggestedAction: "Check the business_id.")
    }
    static func businessUnavailable(_ id: String, _ problem: String) -> APIError {
        APIError(status: .serviceUnavailable, code: "business_unavailable",
                 message: "The shop '\(id)' cannot serve now: its data files have a problem.",
                 details: ["business_id": id, "problem": problem],
                 suggestedAction: "The shop's operator must fix the files named in error_details; other shops are not affected.")
    }
    static func tooLarge(limit: Int) -> APIError {
        APIError(status: .contentTooLarge, code: "payload_too_large", message: "The request body is larger than \(limit) bytes.",
                 details: ["limit_bytes": String(limit)], suggestedAction: "Send a shorter request.")
    }
    static func rateLimited(scope: String, limit: Int, retryAfter: Int) -> APIError {
        APIError(status: .tooManyRequests, code: "rate_limited",
                 message: "Too many requests: the limit is \(limit) per minute.",
                 details: ["scope": scope, "limit_per_minute": String(limit), "retry_after_seconds": String(retryAfter)],
                 suggestedAction: "Wait \(retryAfter) seconds and try again.",
                 headers: [.retryAfter: String(retryAfter)])
    }
    static var adminTokenMissing: APIError {
        APIError(status: .unauthorized, code: "unauthorized", message: "This route needs an admin token.",
                 details: nil, suggestedAction: "Send 'Authorization: Bearer <ADMIN_TOKEN>'.",
                 headers: [.wwwAuthenticate: "Bearer"])
    }
    static var adminTokenWrong: APIError {
        APIError(status: .forbidden, code: "forbidden", message: "The admin token is not valid.",
                 details: nil, suggestedAction: "Use the server's ADMIN_TOKEN.")
    }
    static var adminDisabled: APIError {
        APIError(status: .forbidden, code: "admin_disabled", message: "Admin routes are disabled on this server.",
                 details: nil, suggestedAction: "Start the server with ADMIN_TOKEN set to enable them.")
    }
    static func notFound(_ path: String) -> APIError {
        APIError(status: .notFound, code: "not_found", message: "No route matches \(path).",
                 details: ["path": path], suggestedAction: "See /openapi.json for the routes of this server.")
    }
    static func methodNotAllowed(_ method: String, allowed: [String]) -> APIError {
        APIError(status: .methodNotAllowed, code: "method_not_allowed", message: "\(method) is not allowed here.",
                 details: ["allowed": allowed.joined(separator: ", ")], suggestedAction: "Use one of: \(allowed.joined(separator: ", ")).",
                 headers: [.allow: allowed.joined(separator: ", ")])
    }
    static func originNotAllowed(_ origin: String) -> APIError {
        APIError(status: .forbidden, code: "origin_not_allowed", message: "The origin \(origin) is not allowed.",
                 details: ["origin": origin], suggestedAction: "Add the origin to the shop's allowed_origins.")
    }
    static func internalError() -> APIError {
        APIError(status: .internalServerError, code: "internal_error", message: "The server failed to answer.",
                 details: nil, suggestedAction: "Try again; report the request_id if it keeps failing.")
    }

    /// The JSON body of this error.
    func body(requestID: String, now: Date = Date()) -> ErrorBody {
        ErrorBody(errorCode: code, errorMessage: message, errorDetails: details, requestID: requestID,
                  timestamp: Timestamp.iso8601(now), suggestedAction: suggestedAction)
    }

    /// The HTTP answer of this error.
    func response(requestID: String) -> Response {
        var headers = self.headers
        headers[.contentType] = "application/json; charset=utf-8"
        let data = (try? JSONEncoder().encode(body(requestID: requestID))) ?? Data()
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// The wire form of an error; `error_details` is always present (null when there is nothing to add).
struct ErrorBody: Codable, Sendable {
    var errorCode: String
    var errorMessage: String
    var errorDetails: [String: String]?
    var requestID: String
    var timestamp: String
    var suggestedAction: String

    enum CodingKeys: String, CodingKey {
        case errorCode = "error_code", errorMessage = "error_message", errorDetails = "error_details"
        case requestID = "request_id", timestamp, suggestedAction = "suggested_action"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(errorCode, forKey: .errorCode)
        try c.encode(errorMessage, forKey: .errorMessage)
        if let errorDetails { try c.encode(errorDetails, forKey: .errorDetails) } else { try c.encodeNil(forKey: .errorDetails) }
        try c.encode(requestID, forKey: .requestID)
        try c.encode(timestamp, forKey: .timestamp)
        try c.encode(suggestedAction, forKey: .suggestedAction)
    }
}

/// UTC timestamps in ISO 8601 with milliseconds ("2026-11-22T04:05:06.789Z"), formatted by hand:
/// every log line needs one and Foundation's format styles cost microseconds each.
enum Timestamp {
    static func iso8601(_ date: Date) -> String {
        let totalMillis = Int64((date.timeIntervalSince1970 * 1000).rounded())
        var seconds = time_t(totalMillis.quotientAndRemainder(dividingBy: 1000).quotient)
        let millis = Int32(totalMillis - Int64(seconds) * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        // Written digit by digit into one small buffer: no intermediate strings.
        return String(unsafeUninitializedCapacity: 24) { out in
            var i = 0
            func put(_ value: Int32, _ width: Int, then separator: UInt8?) {
                var v = value
                for k in stride(from: width - 1, through: 0, by: -1) {
                    out[i + k] = UInt8(ascii: "0") + UInt8(v % 10)
                    v /= 10
                }
                i += width
                if let separator { out[i] = separator; i += 1 }
            }
            put(parts.tm_year + 1900, 4, then: UInt8(ascii: "-"))
            put(parts.tm_mon + 1, 2, then: UInt8(ascii: "-"))
            put(parts.tm_mday, 2, then: UInt8(ascii: "T"))
            put(parts.tm_hour, 2, then: UInt8(ascii: ":"))
            put(parts.tm_min, 2, then: UInt8(ascii: ":"))
            put(parts.tm_sec, 2, then: UInt8(ascii: "."))
            put(min(max(millis, 0), 999), 3, then: UInt8(ascii: "Z"))
            return i
        }
    }
}
