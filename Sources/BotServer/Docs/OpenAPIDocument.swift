/// The OpenAPI 3 description of every route (served at `/openapi.json`). A test checks that each
/// registered route appears here and that the document validates.
enum OpenAPIDocument {
    static let json = #"""
{
  "openapi": "3.0.3",
  "info": {
    "title": "Turkish shop support bot",
    "version": "1.0.0",
    "description": "Multi-tenant customer-support bot for Turkish online shops. Answers come from each shop's own catalogue, policies and FAQ; an LLM is only a fallback. Every non-2xx answer is an Error object."
  },
  "servers": [{"url": "/"}],
  "tags": [
    {"name": "bot", "description": "Customer questions"},
    {"name": "ops", "description": "Health, metrics and documentation"},
    {"name": "admin", "description": "Operator routes; need Authorization: Bearer ADMIN_TOKEN"},
    {"name": "widget", "description": "The embeddable chat widget"}
  ],
  "paths": {
    "/web_bot": {
      "post": {
        "tags": ["bot"],
        "operationId": "askBot",
        "summary": "Answer one customer question",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BotRequest"}}}},
        "responses": {
          "200": {"description": "The answer", "headers": {"X-Request-ID": {"$ref": "#/components/headers/X-Request-ID"}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BotResponse"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "413": {"$ref": "#/components/responses/TooLarge"},
          "429": {"$ref": "#/components/responses/RateLimited"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      }
    },
    "/web_bot/stream": {
      "post": {
        "tags": ["bot"],
        "operationId": "askBotStream",
        "summary": "Answer one customer question as server-sent events",
        "description": "Events, in order: `metadata` (StreamMetadata), one or more `chunk` ({\"text\"}; their texts concatenated are the answer), `complete` (the BotResponse). Each event is `event: <name>` and one `data: <json>` line.",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BotRequest"}}}},
        "responses": {
          "200": {"description": "The event stream", "content": {"text/event-stream": {"schema": {"type": "string"},
                  "example": "event: metadata\ndata: {\"intent\":\"shipping\",...}\n\nevent: chunk\ndata: {\"text\":\"...\"}\n\nevent: complete\ndata: {...}\n\n"}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "413": {"$ref": "#/components/responses/TooLarge"},
          "429": {"$ref": "#/components/responses/RateLimited"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      }
    },
    "/health": {
      "get": {
        "tags": ["ops"], "operationId": "health", "summary": "Liveness",
        "responses": {"200": {"description": "The server runs", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}}
      }
    },
    "/health/detailed": {
      "get": {
        "tags": ["ops"], "operationId": "healthDetailed", "summary": "Dependencies: store, LLM, catalogues",
        "responses": {"200": {"description": "Status of each dependency", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/HealthDetailed"}}}}}
      }
    },
    "/metrics": {
      "get": {
        "tags": ["ops"], "operationId": "metrics", "summary": "Prometheus metrics",
        "responses": {"200": {"description": "Prometheus text exposition", "content": {"text/plain": {"schema": {"type": "string"}}}}}
      }
    },
    "/openapi.json": {
      "get": {
        "tags": ["ops"], "operationId": "openapi", "summary": "This document",
        "responses": {"200": {"description": "OpenAPI 3 document", "content": {"application/json": {"schema": {"type": "object"}}}}}
      }
    },
    "/docs": {
      "get": {
        "tags": ["ops"], "operationId": "docs", "summary": "API documentation page",
        "responses": {"200": {"description": "HTML page rendering this document", "content": {"text/html": {"schema": {"type": "string"}}}}}
      }
    },
    "/widget.js": {
      "get": {
        "tags": ["widget"], "operationId": "widget", "summary": "The embeddable chat widget",
        "responses": {"200": {"description": "JavaScript", "content": {"application/javascript": {"schema": {"type": "string"}}}}}
      }
    },
    "/widget.{version}": {
      "get": {
        "tags": ["widget"], "operationId": "widgetVersioned", "summary": "The widget under a content-versioned name (cached for a year); an outdated version redirects to /widget.js",
        "parameters": [{"name": "version", "in": "path", "required": true, "schema": {"type": "string"}, "example": "v1a2b3c4d.js"}],
        "responses": {
          "200": {"description": "JavaScript", "content": {"application/javascript": {"schema": {"type": "string"}}}},
          "302": {"description": "Redirect to /widget.js"}
        }
      }
    },
    "/demo/{business_id}": {
      "get": {
        "tags": ["widget"], "operationId": "demoPage", "summary": "A demo shop page with the widget",
        "parameters": [{"$ref": "#/components/parameters/BusinessID"}],
        "responses": {
          "200": {"description": "HTML page", "content": {"text/html": {"schema": {"type": "string"}}}},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/admin/cache/stats": {
      "get": {
        "tags": ["admin"], "operationId": "cacheStats", "summary": "LLM response-cache statistics per business",
        "security": [{"bearerAuth": []}],
        "responses": {
          "200": {"description": "Statistics", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CacheStatsReport"}}}},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"}
        }
      }
    },
    "/admin/cache": {
      "delete": {
        "tags": ["admin"], "operationId": "clearAllCaches", "summary": "Clear the LLM response cache of every business",
        "security": [{"bearerAuth": []}],
        "responses": {
          "200": {"description": "Entries removed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CacheCleared"}}}},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"}
        }
      }
    },
    "/admin/cache/{business_id}": {
      "delete": {
        "tags": ["admin"], "operationId": "clearCache", "summary": "Clear the LLM response cache of one business",
        "security": [{"bearerAuth": []}],
        "parameters": [{"$ref": "#/components/parameters/BusinessID"}],
        "responses": {
          "200": {"description": "Entries removed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CacheCleared"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/admin/costs": {
      "get": {
        "tags": ["admin"], "operationId": "costs", "summary": "LLM spending per business against its budgets",
        "security": [{"bearerAuth": []}],
        "responses": {
          "200": {"description": "Cost report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CostsReport"}}}},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"}
        }
      }
    },
    "/admin/reload": {
      "post": {
        "tags": ["admin"], "operationId": "reloadAll", "summary": "Reload every shop's files",
        "security": [{"bearerAuth": []}],
        "responses": {
          "200": {"description": "Shops reloaded and problems found", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ReloadedAll"}}}},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"}
        }
      }
    },
    "/admin/reload/{business_id}": {
      "post": {
        "tags": ["admin"], "operationId": "reload", "summary": "Reload one shop's configuration and catalogue",
        "description": "Requests keep being answered during the reload; on failure the previous version keeps serving.",
        "security": [{"bearerAuth": []}],
        "parameters": [{"$ref": "#/components/parameters/BusinessID"}],
        "responses": {
          "200": {"description": "Reloaded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Reloaded"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "422": {"description": "The files are not valid", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        }
      }
    }
  },
  "components": {
    "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
    "headers": {
      "X-Request-ID": {"description": "The request id (also in the body)", "schema": {"type": "string"}},
      "Retry-After": {"description": "Seconds until the limit resets", "schema": {"type": "integer"}}
    },
    "parameters": {
      "BusinessID": {"name": "business_id", "in": "path", "required": true,
                     "schema": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"}}
    },
    "responses": {
      "BadRequest": {"description": "Invalid input (JSON, missing or wrong-typed field, too long question, bad id)",
                     "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "NotFound": {"description": "Unknown business or route", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "TooLarge": {"description": "Body over 64 kB", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "RateLimited": {"description": "Too many requests", "headers": {"Retry-After": {"$ref": "#/components/headers/Retry-After"}},
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "Unavailable": {"description": "The shop's data files are broken; other shops keep serving",
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "Unauthorized": {"description": "No admin token", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "Forbidden": {"description": "Wrong admin token, or admin routes disabled (no ADMIN_TOKEN)",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    },
    "schemas": {
      "BotRequest": {
        "type": "object", "required": ["question", "business_id"],
        "properties": {
          "question": {"type": "string", "minLength": 1, "maxLength": 1000},
          "business_id": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
          "session_id": {"type": "string", "pattern": "^[A-Za-z0-9._-]{1,128}$", "description": "Omit to start a conversation; send back the one returned to continue it"},
          "use_cache": {"type": "boolean", "default": true, "description": "Whether the LLM response cache may answer"}
        }
      },
      "Product": {
        "type": "object", "required": ["id", "name", "price", "currency", "stock", "url"],
        "properties": {
          "id": {"type": "string"}, "name": {"type": "string"}, "price": {"type": "number"},
          "currency": {"type": "string"}, "stock": {"type": "integer"}, "url": {"type": "string", "nullable": true},
          "category": {"type": "string"}, "brand": {"type": "string"}, "image_url": {"type": "string"}
        }
      },
      "Intent": {"type": "string", "enum": ["greeting", "farewell", "thanks", "acknowledgment", "affirm", "deny", "product_search",
        "product_price", "product_stock", "shipping", "returns", "payment", "order_status", "contact", "human_handoff", "faq", "unknown"]},
      "Method": {"type": "string", "enum": ["rule", "catalog", "faq", "llm", "fallback"]},
      "BotResponse": {
        "type": "object",
        "required": ["answer", "intent", "method", "confidence", "products", "session_id", "cached", "execution_time_ms", "cost", "request_id"],
        "properties": {
          "answer": {"type": "string"},
          "intent": {"$ref": "#/components/schemas/Intent"},
          "method": {"$ref": "#/components/schemas/Method"},
          "confidence": {"type": "number", "minimum": 0, "maximum": 1},
          "products": {"type": "array", "items": {"$ref": "#/components/schemas/Product"}, "description": "Best first; empty when nothing fits"},
          "session_id": {"type": "string"},
          "cached": {"type": "boolean"},
          "execution_time_ms": {"type": "number"},
          "cost": {"type": "number", "description": "LLM cost of this answer in USD"},
          "request_id": {"type": "string"}
        }
      },
      "StreamMetadata": {
        "type": "object", "required": ["intent", "method", "products", "session_id", "request_id"],
        "properties": {
          "intent": {"$ref": "#/components/schemas/Intent"}, "method": {"$ref": "#/components/schemas/Method"},
          "confidence": {"type": "number"}, "products": {"type": "array", "items": {"$ref": "#/components/schemas/Product"}},
          "session_id": {"type": "string"}, "request_id": {"type": "string"}
        }
      },
      "Error": {
        "type": "object", "required": ["error_code", "error_message", "error_details", "request_id", "timestamp", "suggested_action"],
        "properties": {
          "error_code": {"type": "string", "example": "invalid_field"},
          "error_message": {"type": "string"},
          "error_details": {"type": "object", "nullable": true, "additionalProperties": {"type": "string"}},
          "request_id": {"type": "string"},
          "timestamp": {"type": "string", "format": "date-time"},
          "suggested_action": {"type": "string"}
        }
      },
      "Health": {"type": "object", "required": ["status"], "properties": {"status": {"type": "string", "enum": ["ok"]}}},
      "HealthDetailed": {
        "type": "object", "required": ["status", "store", "llm", "catalogues"],
        "properties": {
          "status": {"type": "string", "enum": ["ok", "degraded"]},
          "store": {"type": "object", "required": ["kind", "ok"], "properties": {"kind": {"type": "string"}, "ok": {"type": "boolean"}}},
          "llm": {"type": "object", "additionalProperties": {"type": "string"}},
          "catalogues": {"type": "object", "additionalProperties": {
            "type": "object", "required": ["status"],
            "properties": {"status": {"type": "string", "enum": ["ok", "stale", "error"]}, "products": {"type": "integer"},
                           "version": {"type": "string"}, "error": {"type": "string"}}}}
        }
      },
      "CacheStats": {
        "type": "object", "required": ["entries", "hits", "misses", "hit_rate"],
        "properties": {"entries": {"type": "integer"}, "hits": {"type": "integer"}, "misses": {"type": "integer"}, "hit_rate": {"type": "number"}}
      },
      "CacheStatsReport": {"type": "object", "required": ["businesses"],
        "properties": {"businesses": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/CacheStats"}}}},
      "CacheCleared": {"type": "object", "required": ["removed"],
        "properties": {"business_id": {"type": "string"}, "removed": {"type": "integer"}}},
      "CostReport": {
        "type": "object", "required": ["business_id", "today_usd", "month_usd", "calls"],
        "properties": {"business_id": {"type": "string"}, "today_usd": {"type": "number"}, "month_usd": {"type": "number"},
                       "daily_budget_usd": {"type": "number"}, "monthly_budget_usd": {"type": "number"}, "calls": {"type": "integer"}}
      },
      "CostsReport": {"type": "object", "required": ["costs"],
        "properties": {"costs": {"type": "array", "items": {"$ref": "#/components/schemas/CostReport"}}}},
      "Reloaded": {"type": "object", "required": ["business_id", "status", "products", "version"],
        "properties": {"business_id": {"type": "string"}, "status": {"type": "string"}, "products": {"type": "integer"}, "version": {"type": "string"}}},
      "ReloadedAll": {"type": "object", "required": ["reloaded", "errors"],
        "properties": {"reloaded": {"type": "array", "items": {"type": "string"}},
                       "errors": {"type": "object", "additionalProperties": {"type": "string"}}}}
    }
  }
}
"""#
}
