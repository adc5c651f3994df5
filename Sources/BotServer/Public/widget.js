/* Shop support chat widget. Install: <script src="https://HOST/widget.js" data-business="SHOP_ID" defer></script>
   Optional: data-title, data-accent (CSS colour), data-greeting. No dependencies, no outside requests. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var biz = script.getAttribute('data-business') || '';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(biz)) { if (window.console) console.warn('widget: data-business is missing or invalid'); return; }
  var api = new URL(script.src, location.href).origin;

  // Every visible text in one table, so the UI reads as one voice and can be translated in one place.
  var T = {
    title: 'Alışveriş Asistanı',
    greeting: 'Merhaba! Ürünler, fiyatlar, kargo, iade ve siparişleriniz hakkında sorularınızı yanıtlayabilirim.',
    open: 'Sohbeti aç', close: 'Sohbeti kapat', input: 'Mesajınız', placeholder: 'Mesajınızı yazın…', send: 'Gönder',
    you: 'Siz: ', bot: 'Asistan: ', typing: 'Asistan yazıyor…', quick: 'Hızlı yanıtlar', products: 'Ürünler',
    inStock: 'Stokta', lowStock: 'Son {n} ürün', outOfStock: 'Tükendi',
    retry: 'Tekrar dene', offline: 'Bağlantı kurulamadı. İnternet bağlantınızı kontrol edip tekrar deneyin.',
    broken: 'Bağlantı yarıda kesildi. Tekrar deneyebilirsiniz.',
    busy: 'Şu anda çok fazla mesaj alıyoruz. Lütfen {n} saniye sonra tekrar deneyin.',
    failed: 'Üzgünüm, şu anda yanıt veremiyorum. Biraz sonra tekrar deneyin.',
    tooLong: 'Mesajınız çok uzun. Lütfen daha kısa yazın.',
    unknownShop: 'Bu mağazanın sohbet hizmeti şu anda kullanılamıyor.',
    yes: 'Evet', no: 'Hayır', yesSend: 'evet', noSend: 'hayır',
    starters: ['Kargo ücreti ne kadar?', 'İade nasıl yapılır?']
  };
  // How Turkish offers are phrased, so Evet/Hayır chips appear only where "evet" carries something out:
  // "… ister misiniz?", "göstereyim mi?", "Dilerseniz … gösterebilirim." (the last sentence of the answer).
  var OFFERS = [
    /(^|\s)ister\s+mi(siniz|sin)\s*\?\s*$/i,
    /[a-zçğıöşü]+[ae]y[ıi]m\s+m[ıi]\s*\?\s*$/i,
    /(^|[.!?]\s+|\n)([Dd]ilerseniz|[İIi]sterseniz)\b[^.!?]*[.!?]?\s*$/
  ];
  // A transcript older than the server keeps a conversation is history, not a conversation to continue.
  var LOW_STOCK = 3, KEEP = 60, AUTO_RETRIES = 2, STALE_MS = 12 * 3600 * 1000;

  var money = new Intl.NumberFormat('tr-TR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  function price(v, cur) { return money.format(v) + ' ' + (!cur || cur === 'TRY' ? 'TL' : cur); }

  var KEY = 'shopbot:' + biz;
  var state = load();
  function load() {
    try {
      var s = JSON.parse(localStorage.getItem(KEY) || 'null');
      if (s && Array.isArray(s.msgs) && Date.now() - (s.at || 0) < STALE_MS) return s;
    } catch (e) {}
    return { sid: null, msgs: [], open: false };
  }
  function save() {
    state.msgs = state.msgs.slice(-KEEP);
    state.at = Date.now();
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) {} // private mode or full storage: the chat still works
  }

  var STYLE = ':host{all:initial!important;position:fixed!important;z-index:2147483000!important;right:20px!important;bottom:20px!important;display:block!important;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif!important;color:#1f2937!important;--a:#4338ca}' +
    '*{box-sizing:border-box;font:inherit;margin:0}' +
    'button{cursor:pointer;border:0;background:none;color:inherit}' +
    ':focus-visible{outline:3px solid var(--a);outline-offset:2px}' +
    '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}' +
    '.fab{width:58px;height:58px;border-radius:50%;background:var(--a);color:#fff;display:grid;place-items:center;box-shadow:0 6px 20px rgba(0,0,0,.25);transition:transform .15s}' +
    '.fab:hover{transform:scale(1.06)}.fab svg{width:28px;height:28px}' +
    '.panel{position:absolute;right:0;bottom:72px;width:370px;height:min(600px,calc(100vh - 110px));background:#fff;border-radius:16px;box-shadow:0 12px 40px rgba(0,0,0,.28);display:flex;flex-direction:column;overflow:hidden}' +
    '[hidden]{display:none!important}' +
    'header{background:var(--a);color:#fff;display:flex;align-items:center;gap:10px;padding:12px 8px 12px 16px}' +
    'h2{flex:1;font-weight:600;font-size:16px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}' +
    '.x{width:40px;height:40px;border-radius:50%;font-size:24px;line-height:1}.x:hover{background:rgba(255,255,255,.15)}.x:focus-visible{outline-color:#fff;outline-offset:-3px}' +
    '.scroll{position:relative;flex:1;overflow-y:auto;padding:14px 12px;background:#f6f7f9;overscroll-behavior:contain}' +
    'ol{list-style:none;padding:0;display:flex;flex-direction:column;gap:10px}' +
    '.m{max-width:86%;padding:9px 13px;border-radius:14px;white-space:pre-wrap;overflow-wrap:anywhere}' +
    '.t a{color:inherit}.u{align-self:flex-end;background:var(--a);color:#fff;border-bottom-right-radius:4px}' +
    '.b{align-self:flex-start;background:#fff;border:1px solid #e5e7eb;border-bottom-left-radius:4px}' +
    '.b:has(.cards){max-width:94%}' +
    '.e{align-self:stretch;max-width:none;background:#fff7ed;border:1px solid #fdba74;color:#7c2d12}' +
    '.e button{display:block;margin-top:6px;font-weight:600;text-decoration:underline;color:#9a3412;padding:4px 0}.e button:disabled{opacity:.5;cursor:default}' +
    'p.t{margin-top:8px}.cards{list-style:none;padding:0;margin-top:8px;display:flex;flex-direction:column;gap:6px;white-space:normal}' +
    '.card{border:1px solid #e5e7eb;border-radius:10px;padding:8px 10px;background:#fafafa}' +
    '.nm{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;color:#111827;font-weight:600;font-size:14px;text-decoration:none}' +
    'a.nm:hover{text-decoration:underline}.no{color:#6b7280}' +
    '.row{display:flex;justify-content:space-between;align-items:center;gap:8px;margin-top:4px}' +
    '.pr{font-weight:700;color:var(--a);white-space:nowrap}' +
    '.st{font-size:12px;padding:2px 8px;border-radius:999px;white-space:nowrap;background:#dcfce7;color:#166534}.st.low{background:#fef9c3;color:#854d0e}.st.out{background:#fee2e2;color:#991b1b}' +
    '.typing{display:flex;gap:4px;padding:12px 14px;width:max-content;margin-top:10px;background:#fff;border:1px solid #e5e7eb;border-radius:14px}' +
    '.typing i{width:7px;height:7px;border-radius:50%;background:#9ca3af;animation:d 1.2s infinite ease-in-out}.typing i:nth-child(2){animation-delay:.15s}.typing i:nth-child(3){animation-delay:.3s}' +
    '@keyframes d{0%,60%,100%{transform:none;opacity:.5}30%{transform:translateY(-4px);opacity:1}}' +
    '@media (prefers-reduced-motion:reduce){.typing i{animation:none}.fab{transition:none}}' +
    '.quick{display:flex;flex-wrap:wrap;gap:8px;padding:8px 12px 0;background:#fff}' +
    '.quick button{border:1.5px solid var(--a);color:var(--a);border-radius:999px;padding:6px 14px;font-weight:600;min-height:36px}.quick button:hover{background:var(--a);color:#fff}' +
    'form{display:flex;gap:8px;padding:10px 12px;background:#fff;border-top:1px solid #e5e7eb}' +
    'input{flex:1;min-width:0;border:1px solid #d1d5db;border-radius:999px;padding:10px 14px;font-size:16px;background:#fff;color:#111827}' +
    'input:focus{outline:none;border-color:var(--a);box-shadow:0 0 0 1px var(--a)}' +
    '.go{width:44px;height:44px;flex:none;border-radius:50%;background:var(--a);color:#fff;display:grid;place-items:center}.go:disabled{opacity:.5;cursor:default}.go svg{width:20px;height:20px}' +
    '@media (max-width:480px){:host{right:12px!important;bottom:12px!important}.panel{position:fixed;inset:0;width:auto;height:auto;border-radius:0}:host(.on) .fab{display:none}}';

  var ICON_CHAT = '<svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><path d="M12 3C6.5 3 2 6.8 2 11.5c0 2.4 1.2 4.6 3.1 6.1L4 21.5l4.6-2.3c1.1.3 2.2.5 3.4.5 5.5 0 10-3.8 10-8.5S17.5 3 12 3z"/></svg>';
  var ICON_SEND = '<svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><path d="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z"/></svg>';

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  var host = el('shopbot-widget'), root = host.attachShadow({ mode: 'open' });
  host.lang = 'tr'; // read aloud as Turkish whatever the page's language
  var accent = script.getAttribute('data-accent');
  if (accent && window.CSS && CSS.supports('color', accent)) host.style.setProperty('--a', accent);
  try { var sheet = new CSSStyleSheet(); sheet.replaceSync(STYLE); root.adoptedStyleSheets = [sheet]; } // not blocked by a strict style-src CSP
  catch (e) { root.appendChild(el('style', null, STYLE)); }

  var fab = el('button', 'fab');
  fab.type = 'button';
  fab.innerHTML = ICON_CHAT;
  fab.setAttribute('aria-label', T.open);
  fab.setAttribute('aria-expanded', 'false');
  fab.setAttribute('aria-controls', 'p');

  var panel = el('section', 'panel');
  panel.id = 'p';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'h');
  var head = el('header'), title = el('h2', null, script.getAttribute('data-title') || T.title), x = el('button', 'x', '×');
  title.id = 'h';
  x.type = 'button';
  x.setAttribute('aria-label', T.close);
  head.append(title, x);

  var scroll = el('div', 'scroll'), log = el('ol');
  log.setAttribute('role', 'log');
  log.setAttribute('aria-live', 'polite');
  var typing = el('div', 'typing');
  typing.hidden = true;
  typing.setAttribute('role', 'status');
  typing.innerHTML = '<i></i><i></i><i></i>';
  typing.appendChild(el('span', 'sr', T.typing));
  scroll.append(log, typing);

  var quick = el('div', 'quick');
  quick.setAttribute('role', 'group');
  quick.setAttribute('aria-label', T.quick);
  quick.hidden = true;

  var form = el('form'), label = el('label', 'sr', T.input), input = el('input'), go = el('button', 'go');
  input.id = 'q';
  label.htmlFor = 'q';
  input.maxLength = 1000;
  input.autocomplete = 'off';
  input.enterKeyHint = 'send';
  input.placeholder = T.placeholder;
  go.type = 'submit';
  go.innerHTML = ICON_SEND;
  go.setAttribute('aria-label', T.send);
  form.append(label, input, go);
  panel.append(head, scroll, quick, form);
  root.append(panel, fab);

  function scrollDown() { scroll.scrollTop = scroll.scrollHeight; }

  function stockBadge(n) {
    if (n <= 0) return el('span', 'st out', T.outOfStock);
    if (n <= LOW_STOCK) return el('span', 'st low', T.lowStock.replace('{n}', n));
    return el('span', 'st', T.inStock);
  }

  function cards(products, nums) {
    var ul = el('ul', 'cards');
    ul.setAttribute('aria-label', T.products);
    products.forEach(function (p) {
      var li = el('li', 'card'), safe = /^https?:\/\//i.test(p.url || '');
      var name = el(safe ? 'a' : 'span', 'nm', p.name);
      if (nums[p.id]) name.prepend(el('span', 'no', nums[p.id] + '. '));
      if (safe) { name.href = p.url; name.target = '_blank'; name.rel = 'noopener noreferrer'; }
      var row = el('div', 'row');
      row.append(el('span', 'pr', price(p.price, p.currency)), stockBadge(p.stock));
      li.dataset.id = p.id;
      li.append(name, row);
      ul.appendChild(li);
    });
    return ul;
  }

  // Text with its web addresses as links; only http(s), and the address itself stays visible text.
  function linked(tag, cls, text) {
    var e = el(tag, cls), re = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g, at = 0, m;
    while ((m = re.exec(text))) {
      e.append(text.slice(at, m.index));
      var a = el('a', null, m[0]);
      a.href = m[0]; a.target = '_blank'; a.rel = 'noopener noreferrer';
      e.append(a);
      at = m.index + m[0].length;
    }
    e.append(text.slice(at));
    return e;
  }

  // One message bubble; text stays text (never HTML), so nothing the bot or a catalogue says can inject markup.
  function bubble(role, text, products) {
    var li = el('li', 'm ' + role);
    li.appendChild(el('span', 'sr', role === 'u' ? T.you : T.bot));
    products = products || [];
    var parts = split(text, products);
    var body = linked('span', 't', parts.head);
    li.appendChild(body);
    if (products.length) li.appendChild(cards(products, parts.nums));
    if (parts.tail) li.appendChild(linked('p', 't', parts.tail));
    log.appendChild(li);
    scrollDown();
    return { li: li, body: body };
  }

  function offers(text) {
    var t = (text || '').trim();
    return OFFERS.some(function (re) { return re.test(t); });
  }

  // Numbered lines that repeat a product shown as a card ("2. Ad — 1.299,00 TL (stokta)") give the card its
  // number instead, so "ikincisi" still points at something visible; text after the list (an offer) goes
  // below the cards. Partial lines (while streaming) count too.
  function split(text, products) {
    var nums = {}, head = [], tail = [];
    (text || '').split('\n').forEach(function (line) {
      var m = /^\s*(\d+)[.)]\s+(.*)$/.exec(line), best = null;
      // Longest name wins: catalogues hold near-twins like "… Tshirt" and "… Tshirt.".
      products.forEach(function (p) {
        var name = p.name || '';
        if (m && name && !nums[p.id] && (m[2].indexOf(name) === 0 || name.indexOf(m[2]) === 0) &&
            (!best || name.length > best.name.length)) best = p;
      });
      if (best) { nums[best.id] = m[1]; return; }
      // A line that only repeats a card's link ("Ürün sayfası: https://…"): the card's name is that link.
      if (products.some(function (p) { return p.url && line.indexOf(p.url) >= 0; })) return;
      (Object.keys(nums).length ? tail : head).push(line);
    });
    return { head: head.join('\n').trim(), tail: tail.join('\n').trim(), nums: nums };
  }

  function showQuick(options) {
    quick.textContent = '';
    options.forEach(function (o) {
      var b = el('button', null, o[0]);
      b.type = 'button';
      b.addEventListener('click', function () { ask(o[1]); });
      quick.appendChild(b);
    });
    quick.hidden = !options.length;
  }

  function refreshQuick() {
    var last = state.msgs[state.msgs.length - 1];
    if (!last) showQuick(T.starters.map(function (s) { return [s, s]; }));
    else if (last.r === 'b' && offers(last.t)) showQuick([[T.yes, T.yesSend], [T.no, T.noSend]]);
    else showQuick([]);
  }

  function slim(products) {
    return (products || []).map(function (p) {
      return { id: p.id, name: p.name, price: p.price, currency: p.currency, stock: p.stock, url: p.url };
    });
  }

  function render() {
    log.textContent = '';
    var greeting = script.getAttribute('data-greeting') || T.greeting;
    bubble('b', greeting);
    state.msgs.forEach(function (m) { bubble(m.r, m.t, m.p); });
    refreshQuick();
  }

  function setOpen(on, focus) {
    panel.hidden = !on;
    host.classList.toggle('on', on);
    fab.setAttribute('aria-expanded', String(on));
    fab.setAttribute('aria-label', on ? T.close : T.open);
    state.open = on;
    save();
    if (on) { scrollDown(); if (focus) input.focus(); }
    else if (focus) fab.focus();
  }

  var busy = false, waitUntil = 0;

  function failure(text, question, waitSeconds) {
    var li = el('li', 'm e', text), btn = el('button', null, T.retry);
    btn.type = 'button';
    li.setAttribute('role', 'alert');
    li.appendChild(btn);
    if (waitSeconds) {
      btn.disabled = true;
      waitUntil = Date.now() + waitSeconds * 1000;
      setTimeout(function () { btn.disabled = false; }, waitSeconds * 1000);
    }
    btn.addEventListener('click', function () { li.remove(); send(question, 0); });
    log.appendChild(li);
    scrollDown();
  }

  // Parses a text/event-stream buffer; returns what is left after the last complete event.
  function drain(buf, on) {
    var parts = buf.split('\n\n');
    var rest = parts.pop();
    parts.forEach(function (block) {
      var ev = 'message', data = [];
      block.split('\n').forEach(function (line) {
        if (!line || line[0] === ':') return;
        var i = line.indexOf(':'), f = i < 0 ? line : line.slice(0, i), v = i < 0 ? '' : line.slice(i + 1);
        if (v[0] === ' ') v = v.slice(1);
        if (f === 'event') ev = v; else if (f === 'data') data.push(v);
      });
      if (!data.length) return;
      try { on(ev, JSON.parse(data.join('\n'))); } catch (e) {}
    });
    return rest;
  }

  function ask(question) {
    question = (question || '').trim();
    if (!question || busy) return;
    if (Date.now() < waitUntil) return;
    showQuick([]);
    state.msgs.push({ r: 'u', t: question });
    save();
    bubble('u', question);
    send(question, 0);
  }

  function send(question, attempt) {
    busy = true;
    go.disabled = true;
    typing.hidden = false;
    log.setAttribute('aria-busy', 'true');
    scrollDown();
    var reply = null, text = '', products = [], done = false;
    function finish() {
      busy = false;
      go.disabled = false;
      typing.hidden = true;
      log.removeAttribute('aria-busy');
    }
    function on(ev, d) {
      if (ev === 'metadata') products = d.products || [];
      else if (ev === 'chunk' && d.text) {
        text += d.text;
        typing.hidden = true;
        if (!reply) reply = bubble('b', '');
        var parts = split(text, products);
        reply.body.textContent = (parts.head + '\n' + parts.tail).trim();
        scrollDown();
      } else if (ev === 'complete') {
        done = true;
        text = d.answer || text;
        products = d.products || products;
        if (d.session_id) state.sid = d.session_id;
        if (reply) reply.li.remove();
        var saved = { r: 'b', t: text, p: slim(products) };
        state.msgs.push(saved);
        save();
        var shown = bubble('b', saved.t, saved.p);
        refreshQuick();
        // A long answer with cards is read from its first line, not from its last card.
        scroll.scrollTop = shown.li.offsetTop - 12;
      } else if (ev === 'error') {
        done = true;
        if (reply) reply.li.remove();
        failure(T.failed, question);
      }
    }
    var body = { question: question, business_id: biz };
    if (state.sid) body.session_id = state.sid;
    fetch(api + '/web_bot/stream', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'text/event-stream' },
      body: JSON.stringify(body),
      credentials: 'omit'
    }).then(function (res) {
      if (!res.ok) return refused(res, question);
      var buf = '', dec = new TextDecoder();
      if (!res.body || !res.body.getReader) return res.text().then(function (all) { drain(all.replace(/\r\n?/g, '\n') + '\n\n', on); });
      var reader = res.body.getReader();
      return (function pump() {
        return reader.read().then(function (r) {
          if (r.done) { drain(buf + '\n\n', on); return; }
          buf = drain((buf + dec.decode(r.value, { stream: true })).replace(/\r\n?/g, '\n'), on);
          return pump();
        });
      })();
    }).then(function (handled) {
      finish();
      if (handled === 'refused' || done) return;
      // The stream ended without its final event: a half answer misleads, so drop it and offer to ask again.
      if (reply) reply.li.remove();
      failure(T.broken, question);
    }, function () {
      if (done) { finish(); return; } // the answer is complete; a reset after it changes nothing
      if (!reply && attempt < AUTO_RETRIES) {
        // Nothing reached us: likely a dropped connection; try again shortly before bothering the customer.
        setTimeout(function () { send(question, attempt + 1); }, 800 * (attempt + 1));
        return;
      }
      finish();
      if (reply) reply.li.remove();
      failure(reply ? T.broken : T.offline, question);
    });
  }

  function refused(res, question) {
    return res.text().catch(function () {}).then(function () {
      var wait = parseInt(res.headers.get('Retry-After'), 10);
      if (res.status === 429) {
        if (!(wait > 0)) wait = 10;
        failure(T.busy.replace('{n}', wait), question, wait);
      } else if (res.status === 404) failure(T.unknownShop, question);
      else if (res.status === 413 || (res.status === 400 && question.length > 1000)) failure(T.tooLong, question);
      else failure(T.failed, question);
      return 'refused';
    });
  }

  fab.addEventListener('click', function () { setOpen(panel.hidden, true); });
  x.addEventListener('click', function () { setOpen(false, true); });
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') setOpen(false, true); });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = input.value;
    if (!q.trim() || busy || Date.now() < waitUntil) return;
    input.value = '';
    ask(q);
  });

  function mount() {
    if (document.querySelector('shopbot-widget')) return; // the tag was included twice
    document.body.appendChild(host);
    render();
    if (state.open) setOpen(true, false);
  }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
})();
