#!/usr/bin/env python3
"""A local LLM endpoint for benchmarks: speaks OpenAI chat/completions and Gemini generateContent,
streaming or not, with a configurable time to first token and per-token delay.

usage: fake_llm.py PORT [--first-token-ms 50] [--token-ms 10]
"""
import argparse
import json
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ANSWER = ("Bu konuda mağazamızın politikası şöyledir: siparişleriniz 1-2 iş günü içinde kargoya verilir "
          "ve 14 gün içinde ücretsiz iade edebilirsiniz.").split(" ")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        body = json.loads(self.rfile.read(length) or b"{}")
        gemini = "/v1beta/models/" in self.path
        stream = "alt=sse" in self.path or body.get("stream") is True
        time.sleep(self.server.first_token)
        if not stream:
            text = " ".join(ANSWER)
            if gemini:
                payload = {"candidates": [{"content": {"parts": [{"text": text}]}, "finishReason": "STOP"}],
                           "usageMetadata": {"promptTokenCount": 300, "candidatesTokenCount": len(ANSWER)}}
            else:
                payload = {"choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                        "finish_reason": "stop"}],
                           "usage": {"prompt_tokens": 300, "completion_tokens": len(ANSWER)}}
            data = json.dumps(payload).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

        def send(obj):
            line = b"data: " + (obj if isinstance(obj, bytes) else json.dumps(obj).encode()) + b"\n\n"
            self.wfile.write(b"%x\r\n%s\r\n" % (len(line), line))
            self.wfile.flush()

        for i, word in enumerate(ANSWER):
            piece = word + (" " if i < len(ANSWER) - 1 else "")
            last = i == len(ANSWER) - 1
            if gemini:
                event = {"candidates": [{"content": {"parts": [{"text": piece}]}}]}
                if last:
                    event["candidates"][0]["finishReason"] = "STOP"
                    event["usageMetadata"] = {"promptTokenCount": 300, "candidatesTokenCount": len(ANSWER)}
                send(event)
            else:
                send({"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]})
            time.sleep(self.server.token_delay)
        if not gemini:
            send({"choices": [], "usage": {"prompt_tokens": 300, "completion_tokens": len(ANSWER)}})
            send(b"[DONE]")
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("--first-token-ms", type=float, default=50)
    parser.add_argument("--token-ms", type=float, default=10)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.first_token = args.first_token_ms / 1000
    server.token_delay = args.token_ms / 1000
    server.serve_forever()


if __name__ == "__main__":
    main()
