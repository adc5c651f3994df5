import Commerce
import Foundation

/// The body of `POST /web_bot` and `/web_bot/stream`, validated.
struct ChatRequest: Sendable {
    var question: String
    var businessID: String
    var sessionID: String?
    /// Whether the LLM response cache may answer (default true).
    var useCache: Bool

    static let maxQuestionLength = 1000
    static let maxSessionIDLength = 128

    /// The wire form; every field optional so missing fields get a precise error.
    fileprivate struct Wire: Decodable {
        var question: String?
        var business_id: String?
        var session_id: String?
        var use_cache: Bool?
    }

    /// Decodes and validates a request body; throws the contract's 400 errors.
    static func decode(_ bytes: some Collection<UInt8>, decoder: JSONDecoder = JSONDecoder()) throws(APIError) -> ChatRequest {
        let wire: Wire
        if let fast = bytes.withContiguousStorageIfAvailable({ FlatJSON.fields(UnsafeRawBufferPointer($0)) }) ?? nil,
           let fields = Wire(fast) {
            wire = fields
        } else {
            wire = try decodeWire(bytes, decoder: decoder)
        }
        return try validate(wire)
    }

    /// The full decoder: every body the flat reader does not take, with errors that name the fault.
    private static func decodeWire(_ bytes: some Collection<UInt8>, decoder: JSONDecoder) throws(APIError) -> Wire {
        do {
            return try decoder.decode(Wire.self, from: Data(bytes))
        } catch let DecodingError.typeMismatch(type, context) {
            let field = context.codingPath.first?.stringValue
            if let field { throw .invalidField(field, "must be \(Self.typeName(type))") }
            throw .invalidJSON("the body must be a JSON object")
        } catch {
            throw .invalidJSON(Self.describe(error))
        }
    }

    private static func validate(_ wire: Wire) throws(APIError) -> ChatRequest {
        guard let question = wire.question else { throw .missingField("question") }
        guard let businessID = wire.business_id else { throw .missingField("business_id") }
        if question.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw .invalidField("question", "must not be empty")
        }
        // UTF-8 length bounds the character count from above: only long texts need counting.
        if question.utf8.count > maxQuestionLength, question.count > maxQuestionLength {
            throw .invalidField("question", "must be at most \(maxQuestionLength) characters")
        }
        guard isValidBusinessID(businessID) else { throw .invalidBusinessID(businessID) }
        if let sid = wire.session_id, !isValidSessionID(sid) {
            throw .invalidField("session_id", "must be 1-\(maxSessionIDLength) characters of A-Z a-z 0-9 . _ -")
        }
        return ChatRequest(question: question, businessID: businessID, sessionID: wire.session_id,
                           useCache: wire.use_cache ?? true)
    }

    /// Session ids become part of store keys: a closed alphabet keeps them from reaching other keys.
    static func isValidSessionID(_ id: String) -> Bool {
        let utf8 = id.utf8
        return !utf8.isEmpty && utf8.count <= maxSessionIDLength && utf8.allSatisfy { c in
            (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 45 || c == 95 || c == 46
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type, is String?.Type: return "a string"
        case is Bool.Type, is Bool?.Type: return "a boolean"
        default: return "of type \(type)"
        }
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return context.debugDescription
        }
        return "\(error)"
    }
}

extension ChatRequest.Wire {
    /// From the flat reader's fields; nil when a field has the wrong type (the full decoder names it).
    init?(_ fields: [(key: String, value: FlatJSON.Value)]) {
        func value(_ key: String) -> FlatJSON.Value? { fields.first { $0.key == key }?.value }
        func text(_ key: String) -> String?? {
            switch value(key) {
            case .string(let s)?: return .some(s)
            case .null?, nil: return .some(nil)
            case .bool?: return nil
            }
        }
        guard let question = text("question"), let business = text("business_id"), let session = text("session_id") else { return nil }
        let useCache: Bool?
        switch value("use_cache") {
        case .bool(let b)?: useCache = b
        case .null?, nil: useCache = nil
        case .string?: return nil
        }
        self.init(question: question, business_id: business, session_id: session, use_cache: useCache)
    }
}
