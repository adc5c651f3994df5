/// `/docs`: a self-contained viewer of `/openapi.json`. Debian ships no swagger-ui package and the
/// server makes no outside requests, so the page renders the document itself (routes, parameters,
/// bodies, responses, schemas) and can send requests to the server ("Try it").
enum DocsPage {
    /// The page's own script and style are inline; the policy allows nothing else.
    static let contentSecurityPolicy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'"

    static let html = #"""
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>API documentation</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:0;background:#fafafa;color:#222}
header{background:#1b2a41;color:#fff;padding:16px 24px}header h1{margin:0;font-size:20px}
main{max-width:1000px;margin:0 auto;padding:16px 24px}
.op{background:#fff;border:1px solid #ddd;border-radius:6px;margin:10px 0}
.op summary{cursor:pointer;padding:8px 12px;display:flex;gap:12px;align-items:center}
.m{font-weight:700;border-radius:4px;padding:2px 8px;color:#fff;min-width:56px;text-align:center;font-size:12px}
.get{background:#2f7ed8}.post{background:#3a9d5d}.delete{background:#c94a4a}.put{background:#b7862c}
.path{font-family:ui-monospace,monospace}.sum{color:#555}
.body{padding:4px 14px 12px;border-top:1px solid #eee}
pre{background:#f4f4f4;padding:8px;border-radius:4px;overflow:auto;font-size:12px}
textarea{width:100%;min-height:70px;font-family:ui-monospace,monospace}
button{margin-top:6px}h2{margin-top:28px}
</style></head>
<body><header><h1 id="title">API documentation</h1><div id="desc"></div></header>
<main><p>Machine-readable document: <a href="/openapi.json">/openapi.json</a></p><div id="ops"></div><h2>Schemas</h2><div id="schemas"></div></main>
<script>
(async function () {
  const esc = s => String(s).replace(/[&<>"]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
  const doc = await (await fetch('/openapi.json')).json();
  document.getElementById('title').textContent = doc.info.title + ' ' + doc.info.version;
  document.getElementById('desc').textContent = doc.info.description || '';
  const ref = r => r && r.$ref ? r.$ref.split('/').pop() : null;
  const resolve = r => { if (!r || !r.$ref) return r; const p = r.$ref.slice(2).split('/'); let o = doc; for (const k of p) o = o[k]; return o; };
  const ops = document.getElementById('ops');
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const d = document.createElement('details'); d.className = 'op';
      let html = `<summary><span class="m ${method}">${method.toUpperCase()}</span><span class="path">${esc(path)}</span><span class="sum">${esc(op.summary || '')}</span></summary><div class="body">`;
      if (op.description) html += `<p>${esc(op.description)}</p>`;
      if (op.security) html += `<p>Needs <code>Authorization: Bearer ADMIN_TOKEN</code>.</p>`;
      for (const p of (op.parameters || []).map(resolve)) html += `<p>Parameter <code>${esc(p.name)}</code> (${esc(p.in)}) <code>${esc(JSON.stringify(p.schema))}</code></p>`;
      if (op.requestBody) {
        const [type, c] = Object.entries(op.requestBody.content)[0];
        html += `<p>Body (${esc(type)}): <a href="#schema-${ref(c.schema)}">${esc(ref(c.schema))}</a></p>`;
      }
      html += '<p>Responses:</p><ul>';
      for (const [code, r0] of Object.entries(op.responses)) {
        const r = resolve(r0); const c = r.content ? Object.entries(r.content)[0] : null;
        const s = c ? (ref(c[1].schema) ? `<a href="#schema-${ref(c[1].schema)}">${ref(c[1].schema)}</a>` : esc(c[0])) : '';
        html += `<li><b>${code}</b> ${esc(r.description)} ${s}</li>`;
      }
      html += '</ul>';
      if (!path.includes('{')) {
        html += `<textarea placeholder="request body (JSON)">${method === 'post' && path.startsWith('/web_bot') ? '{"question": "kargo ücreti ne kadar", "business_id": ""}' : ''}</textarea>`;
        html += `<input placeholder="admin token (admin routes)" size="30"> <button>Try it</button><pre hidden></pre>`;
      }
      d.innerHTML = html + '</div>';
      const btn = d.querySelector('button');
      if (btn) btn.onclick = async () => {
        const out = d.querySelector('pre'); const body = d.querySelector('textarea').value; const token = d.querySelector('input').value;
        const headers = {'Content-Type': 'application/json'}; if (token) headers.Authorization = 'Bearer ' + token;
        const r = await fetch(path, {method: method.toUpperCase(), headers, body: method === 'get' || !body ? undefined : body});
        out.hidden = false; out.textContent = r.status + '\n' + await r.text();
      };
      ops.appendChild(d);
    }
  }
  const schemas = document.getElementById('schemas');
  for (const [name, s] of Object.entries(doc.components.schemas)) {
    const d = document.createElement('details'); d.className = 'op'; d.id = 'schema-' + name;
    d.innerHTML = `<summary><span class="path">${esc(name)}</span></summary><div class="body"><pre>${esc(JSON.stringify(s, null, 2))}</pre></div>`;
    schemas.appendChild(d);
  }
})();
</script></body></html>
"""#
}
