import Foundation
import Testing
@testable import BotServer

/// The flat request reader takes what it can and agrees with Foundation on everything it takes.
@Suite struct FlatJSONTests {
    /// The flat reader's fields keyed by name.
    private func flat(_ text: String) -> [String: FlatJSON.Value]? {
        Array(text.utf8).withUnsafeBytes { FlatJSON.fields($0) }.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.key, $0.value) }) }
    }

    /// One flat value as Foundation's decoder reads it; numbers and containers fail.
    private struct Decoded: Decodable {
        var value: FlatJSON.Value
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { value = .null }
            else if let b = try? c.decode(Bool.self) { value = .bool(b) }
            else { value = .string(try c.decode(String.self)) }
        }
    }

    /// Foundation's reading of the same body, in the flat reader's terms (nil: not a flat object).
    private func foundation(_ text: String) -> [String: FlatJSON.Value]? {
        (try? JSONDecoder().decode([String: Decoded].self, from: Data(text.utf8)))?.mapValues(\.value)
    }

    @Test func readsWhatClientsSend() {
        let body = #" { "question" : "kulaklık fiyatı\n\"acil\" \u00e7\u011f \ud83d\ude00 \/ \\", "business_id":"elektronik-dunyasi", "session_id":null, "use_cache":false, "extra": true } "#
        let fields = flat(body)
        #expect(fields?["question"] == .string("kulaklık fiyatı\n\"acil\" çğ 😀 / \\"))
        #expect(fields?["session_id"] == .null)
        #expect(fields?["use_cache"] == .bool(false))
        #expect(fields == foundation(body))
    }

    @Test func leavesEverythingElseToTheFullDecoder() {
        for body in ["", "{", "[]", #"{"a":1}"#, #"{"a":{"b":"c"}}"#, #"{"a":["b"]}"#, #"{"a":"b","a":"c"}"#,
                     #"{"a":"b"} x"#, #"{"a":"b",}"#, #"{"a":"\x"}"#, #"{"a":"\ud83d"}"#, #"{"a":"\ude00"}"#,
                     "{\"a\":\"tab\there\"}", #"{"a":tru}"#, #"{a:"b"}"#, #"{"a" "b"}"#] {
            #expect(flat(body) == nil, "\(body)")
        }
        #expect(Array([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D] as [UInt8]).withUnsafeBytes { FlatJSON.fields($0) } == nil)
    }

    @Test func agreesWithFoundationOnDamagedBodies() {
        let body = Array(#"{"question":"İPHONE 15'in fiyatı \u0130 \"x\"","business_id":"moda","use_cache":true,"session_id":null}"#.utf8)
        let alphabet = Array(#"{}[]":,\ u0tfn1"#.utf8) + [0xC4, 0xB0]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            var damaged = body
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                let i = Int.random(in: 0..<damaged.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: damaged[i] = alphabet.randomElement(using: &rng)!
                case 1: damaged.remove(at: i)
                default: damaged.insert(alphabet.randomElement(using: &rng)!, at: i)
                }
            }
            let text = String(decoding: damaged, as: UTF8.self)
            guard String(validating: damaged, as: UTF8.self) != nil else { continue }
            if let fields = flat(text) { #expect(fields == foundation(text), "\(text)") }
        }
    }
}
