import Foundation
import Testing
@testable import BotServer

@Suite struct LLMPIIRedactorTests {
    @Test func redactsValidTurkishIDNumbers() {
        #expect(PIIRedactor.redact("kimlik 10000000146 tamam") == "kimlik [TCKN] tamam")
        // Wrong check digits: an ordinary number (order numbers stay readable).
        #expect(PIIRedactor.redact("sipariş 10000000147") == "sipariş 10000000147")
        #expect(PIIRedactor.isValidTCKN("10000000146"))
        #expect(!PIIRedactor.isValidTCKN("01234567890"))
    }

    @Test func redactsIBANsWithValidChecksum() {
        #expect(PIIRedactor.redact("IBAN: TR33 0006 1005 1978 6457 8413 26") == "IBAN: [IBAN]")
        #expect(PIIRedactor.redact("TR330006100519786457841326 hesabıma") == "[IBAN] hesabıma")
        #expect(PIIRedactor.redact("TR330006100519786457841327").contains("TR33"))
    }

    @Test func redactsCardNumbersPassingLuhn() {
        #expect(PIIRedactor.redact("kartım 4111 1111 1111 1111 çekilmedi") == "kartım [KART NO] çekilmedi")
        #expect(PIIRedactor.redact("5500-0000-0000-0004") == "[KART NO]")
        #expect(PIIRedactor.redact("4111 1111 1111 1112") == "4111 1111 1111 1112")
    }

    @Test func redactsPhoneNumbersAndEmails() {
        #expect(PIIRedactor.redact("beni 0532 123 45 67 den arayın") == "beni [TELEFON] den arayın")
        #expect(PIIRedactor.redact("+90 532 123 45 67") == "[TELEFON]")
        #expect(PIIRedactor.redact("5321234567") == "[TELEFON]")
        #expect(PIIRedactor.redact("(0212) 555 12 34") == "[TELEFON]")
        #expect(PIIRedactor.redact("ali.veli+siparis@example.com.tr yazın") == "[E-POSTA] yazın")
    }

    @Test func leavesPricesQuantitiesAndModelCodesAlone() {
        for text in ["46.392,95 TL", "2 adet 128 GB", "iPhone 15 Pro Max 256GB", "1.299.999 TL", "sipariş no 123456", "2024 model"] {
            #expect(PIIRedactor.redact(text) == text)
        }
    }
}

@Suite struct LLMWireTests {
    @Test func sseParserJoinsSplitEventsAndCRLF() {
        var parser = SSEParser()
        #expect(parser.feed(Array("data: {\"a\"".utf8)).isEmpty)
        #expect(parser.feed(Array(":1}\r\n\r\n: comment\n\ndata: x\ndata: y\n\ndata: [DONE]".utf8)) == ["{\"a\":1}", "x\ny"])
        #expect(parser.finish() == "[DONE]")
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256Digest.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256Digest.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = String(repeating: "a", count: 1000)
        #expect(SHA256Digest.hex(Array(long.utf8)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func parsesBothFormatsIncludingUsageOnlyChunks() throws {
        let gemini = try LLMWireFormat.gemini.parseStreamEvent(
            #"{"candidates":[{"content":{"parts":[{"text":"Mer"},{"text":"haba"}]},"finishReason":"STOP"}],"usageMetadata":{"promptTokenCount":7,"candidatesTokenCount":3}}"#)
        #expect(gemini == LLMDelta(text: "Merhaba", usage: LLMUsage(inputTokens: 7, outputTokens: 3), finished: true))
        let usageOnly = try LLMWireFormat.openai.parseStreamEvent(#"{"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":2}}"#)
        #expect(usageOnly == LLMDelta(text: "", usage: LLMUsage(inputTokens: 5, outputTokens: 2), finished: false))
        #expect(throws: MalformedResponse.self) { try LLMWireFormat.openai.parseStreamEvent("{not json") }
        #expect(throws: MalformedResponse.self) { try LLMWireFormat.gemini.parseResponse(Array(#"{"foo":1}"#.utf8)) }
    }

    @Test func retryAfterAcceptsSecondsAndDates() {
        #expect(LLMCallError.parseRetryAfter("3") == 3)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let later = LLMCallError.parseRetryAfter("Tue, 14 Nov 2023 22:13:30 GMT", now: now)
        #expect(later.map { abs($0 - 10) < 1 } == true)
        #expect(LLMCallError.parseRetryAfter("soon") == nil)
    }

    @Test func priceTableMatchesLongestPrefixAndFreesLocalModels() {
        let table = PriceTable.standard
        #expect(table.price(for: "gpt-4o-mini-2024-07-18", local: false) == ModelPrice(inputPerMTok: 0.15, outputPerMTok: 0.60))
        #expect(table.price(for: "models/gemini-2.0-flash", local: false).inputPerMTok == 0.10)
        #expect(table.price(for: "llama3.1:8b", local: true) == ModelPrice(inputPerMTok: 0, outputPerMTok: 0))
        #expect(table.price(for: "mystery-model", local: false) == table.unknown)
    }

    @Test func breakerAllowsOneTrialWhenHalfOpen() async throws {
        let breaker = CircuitBreaker(threshold: 2, cooldown: 0.1)
        breaker.recordFailure()
        #expect(breaker.allowRequest())
        #expect(breaker.recordFailure())
        #expect(!breaker.allowRequest())
        try await Task.sleep(for: .milliseconds(150))
        #expect(breaker.allowRequest())
        #expect(!breaker.allowRequest())   // one trial at a time
        breaker.recordFailure()             // a failed trial opens it again at once
        #expect(breaker.state == .open)
        try await Task.sleep(for: .milliseconds(150))
        #expect(breaker.allowRequest())
        breaker.recordSuccess()
        #expect(breaker.state == .closed)
    }
}
