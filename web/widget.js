/*
 * The advice line chat widget. On any page:
 *   <script src="https://bot.example.org/widget.js" data-title="Ask about second opinions" data-accent="#005eb8"></script>
 * gives a launcher button and an accessible chat panel. On the bot's own page, data-target
 * names an element to fill with the chat instead. The text comes from the bot's messages.
 */
(function () {
  'use strict';
  var TEXT = __WIDGET_TEXT__;
  var script = document.currentScript;
  if (!script || window.adviceLineWidgetLoaded) return;
  window.adviceLineWidgetLoaded = true;

  var origin = new URL(script.src, location.href).origin;
  var title = script.getAttribute('data-title') || TEXT.title;
  var accent = colour(script.getAttribute('data-accent')) || '#005eb8';
  var onAccent = readableOn(accent);
  var NS = 'advice-line-chat';
  var FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

  function colour(value) {
    return /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value || '') ? value : null;
  }

  /** WCAG relative luminance of a #rgb / #rrggbb colour. */
  function luminance(hex) {
    var h = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
    return [1, 3, 5].map(function (i) {
      var c = parseInt(h.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }).reduce(function (sum, c, i) { return sum + c * [0.2126, 0.7152, 0.0722][i]; }, 0);
  }

  /** White or NHS black text, whichever reads better on the accent colour. */
  function readableOn(hex) {
    var l = luminance(hex);
    return (1.05 / (l + 0.05)) >= ((l + 0.05) / (luminance('#212b32') + 0.05)) ? '#ffffff' : '#212b32';
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text) node.textContent = text;
    return node;
  }

  var webChatLoading = null;
  function loadWebChat() {
    if (window.WebChat) return Promise.resolve(window.WebChat);
    if (!webChatLoading) {
      webChatLoading = new Promise(function (resolve, reject) {
        var tag = element('script', { src: origin + '/webchat/webchat.js' });
        tag.onload = function () { return window.WebChat ? resolve(window.WebChat) : reject(new Error('Web Chat did not load')); };
        tag.onerror = function () { webChatLoading = null; reject(new Error('Web Chat did not load')); };
        document.head.appendChild(tag);
      });
    }
    return webChatLoading;
  }

  function fetchToken() {
    return fetch(origin + '/api/directline/token', { method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' }, body: '{}' })
      .then(function (response) {
        if (!response.ok) throw new Error('No token: ' + response.status);
        return response.json();
      });
  }

  /**
   * Answers the bot marks as rateable get Web Chat's thumbs up / down: the schema.org actions
   * are added here because the Bot Connector drops them from entities on the way.
   */
  function feedbackMiddleware() {
    return function (next) {
      return function (action) {
        var activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity;
        var mark = activity && activity.channelData && activity.channelData.adviceLine;
        var entry = mark && typeof mark.feedbackEntry === 'string' ? mark.feedbackEntry : null;
        if (!entry) return next(action);
        var vote = function (type, value) {
          return { '@type': type, '@id': 'urn:advice-line-bot:feedback:' + value + ':' + entry, actionStatus: 'PotentialActionStatus' };
        };
        var message = {
          type: 'https://schema.org/Message',
          '@context': 'https://schema.org',
          '@id': '',
          '@type': 'Message',
          potentialAction: [vote('LikeAction', 'helpful'), vote('DislikeAction', 'not-helpful')]
        };
        var rated = Object.assign({}, activity, { entities: (activity.entities || []).concat([message]) });
        return next(Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: rated }) }));
      };
    };
  }

  /** Connects Web Chat in `host` to the bot; `status` tells people what is happening. */
  function startChat(host, status, onReady) {
    status.textContent = TEXT.connecting;
    var unreachable = function () {
      status.setAttribute('role', 'alert');
      status.textContent = TEXT.unreachable;
    };
    Promise.all([loadWebChat(), fetchToken()]).then(function (results) {
      var WebChat = results[0];
      var token = results[1];
      // Azure's Direct Line streams over a WebSocket; ours is polled.
      var directLine = WebChat.createDirectLine({ domain: token.domain || origin + '/v3/directline', token: token.token, webSocket: Boolean(token.domain), pollingInterval: 1000 });
      directLine.connectionStatus$.subscribe(function (state) {
        // Direct Line's states: 2 online, 4 failed to connect, 5 ended.
        if (state === 2) status.textContent = '';
        if (state === 4 || state === 5) unreachable();
      });
      WebChat.renderWebChat({
        directLine: directLine,
        store: WebChat.createStore({}, function () { return feedbackMiddleware(); }),
        // Azure's tokens carry the user id themselves, and Web Chat reads it from there.
        userID: token.domain ? undefined : token.userId,
        locale: 'en-GB',
        styleOptions: {
          accent: accent,
          primaryFont: 'Arial, Helvetica, sans-serif',
          hideUploadButton: true,
          suggestedActionLayout: 'flow',
          suggestedActionBorderColor: accent,
          suggestedActionTextColor: accent,
          subtle: '#4c6272',
          timestampColor: '#4c6272',
          bubbleBorderRadius: 4,
          bubbleFromUserBorderRadius: 4,
          bubbleFromUserBackground: '#e8edee',
          rootHeight: '100%',
          rootWidth: '100%'
        }
      }, host);
      if (onReady) onReady();
    }).catch(unreachable);
  }

  function injectStyles() {
    var css = [
      '.' + NS + '-launcher{position:fixed;right:16px;bottom:16px;z-index:2147483000;font:bold 16px/1.2 Arial,Helvetica,sans-serif;background:' + accent + ';color:' + onAccent + ';border:2px solid ' + onAccent + ';border-radius:24px;padding:12px 20px;min-height:48px;cursor:pointer;box-shadow:0 2px 6px rgba(0,0,0,.3)}',
      '.' + NS + '-panel{position:fixed;right:16px;bottom:16px;z-index:2147483001;width:380px;max-width:calc(100vw - 32px);height:620px;max-height:calc(100vh - 32px);display:flex;flex-direction:column;background:#fff;color:#212b32;font-family:Arial,Helvetica,sans-serif;border:1px solid #aeb7bd;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.3);overflow:hidden;animation:' + NS + '-in .2s ease-out}',
      '.' + NS + '-panel[hidden],.' + NS + '-launcher[hidden]{display:none}',
      '.' + NS + '-header{display:flex;align-items:center;justify-content:space-between;background:' + accent + ';color:' + onAccent + ';padding:4px 4px 4px 16px}',
      '.' + NS + '-title{margin:0;font-size:18px;font-weight:bold}',
      '.' + NS + '-close{background:transparent;color:inherit;border:0;font-size:28px;line-height:1;min-width:44px;min-height:44px;cursor:pointer}',
      '.' + NS + '-notice{font-size:14px;line-height:1.35;padding:8px 16px;border-bottom:1px solid #d8dde0;background:#f0f4f5}',
      '.' + NS + '-notice p{margin:4px 0}',
      '.' + NS + '-status{margin:0;padding:0 16px;font-size:15px}',
      '.' + NS + '-status:not(:empty){padding:12px 16px}',
      '.' + NS + '-chat{flex:1;min-height:0}',
      '.' + NS + '-launcher:focus-visible,.' + NS + '-panel :focus-visible{outline:4px solid #ffeb3b;box-shadow:0 0 0 6px #212b32}',
      // WCAG 2.2 target size: Web Chat draws its thumbs up / down smaller than 24px.
      '.webchat__thumb-button{min-width:24px!important;min-height:24px!important}',
      '@keyframes ' + NS + '-in{from{opacity:0;transform:translateY(16px)}to{opacity:1;transform:none}}',
      '@media (prefers-reduced-motion: reduce){.' + NS + '-panel{animation:none}}',
      '@media (max-width: 480px){.' + NS + '-panel{right:0;bottom:0;width:100vw;max-width:none;height:100%;max-height:none;border-radius:0;border:0}}'
    ].join('\n');
    document.head.appendChild(element('style', { 'data-advice-line-chat': '' }, css));
  }

  /** The launcher and the dialog it opens, on someone else's page. */
  function mountLauncher() {
    injectStyles();
    var launcher = element('button', { type: 'button', class: NS + '-launcher', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'aria-controls': NS + '-panel' }, title);
    var panel = element('div', { id: NS + '-panel', class: NS + '-panel', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': NS + '-title', 'aria-describedby': NS + '-notice' });
    panel.hidden = true;
    var header = element('div', { class: NS + '-header' });
    header.appendChild(element('h2', { id: NS + '-title', class: NS + '-title' }, title));
    var close = element('button', { type: 'button', class: NS + '-close', 'aria-label': TEXT.closeChat, title: TEXT.closeChat }, '\u00d7');
    header.appendChild(close);
    var notice = element('div', { id: NS + '-notice', class: NS + '-notice' });
    notice.appendChild(element('p', {}, TEXT.about + ' ' + TEXT.notADoctor));
    notice.appendChild(element('p', {}, '')).appendChild(element('strong', {}, TEXT.emergency));
    notice.appendChild(element('p', {}, TEXT.privacy));
    var status = element('p', { class: NS + '-status', role: 'status' });
    var chat = element('div', { class: NS + '-chat', role: 'region', 'aria-label': TEXT.chatLabel });
    [header, notice, status, chat].forEach(function (part) { panel.appendChild(part); });
    document.body.appendChild(launcher);
    document.body.appendChild(panel);

    var started = false;
    var isOpen = false;

    function focusables() {
      return Array.prototype.filter.call(panel.querySelectorAll(FOCUSABLE), function (node) {
        return node.getClientRects().length > 0 && !node.closest('[aria-hidden="true"], [inert]');
      });
    }

    function focusSendBox() {
      var input = panel.querySelector('.webchat__send-box-text-box__input');
      if (input && document.activeElement === close) input.focus();
    }

    function open() {
      isOpen = true;
      panel.hidden = false;
      launcher.hidden = true;
      launcher.setAttribute('aria-expanded', 'true');
      close.focus();
      if (!started) {
        started = true;
        startChat(chat, status, function () { setTimeout(focusSendBox, 0); });
      } else {
        focusSendBox();
      }
    }

    function shut() {
      isOpen = false;
      panel.hidden = true;
      launcher.hidden = false;
      launcher.setAttribute('aria-expanded', 'false');
      launcher.focus();
    }

    launcher.addEventListener('click', open);
    close.addEventListener('click', shut);
    // Capture phase: Escape closes the panel wherever focus is inside it, Web Chat included.
    document.addEventListener('keydown', function (event) {
      if (!isOpen) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        shut();
        return;
      }
      if (event.key !== 'Tab') return;
      var items = focusables();
      var first = items[0];
      var last = items[items.length - 1];
      if (!first || !last) return;
      if (!panel.contains(document.activeElement)) {
        event.preventDefault();
        first.focus();
      } else if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }, true);
    // Focus that lands outside the open dialog (a click on the page behind it) comes back.
    document.addEventListener('focusin', function (event) {
      if (isOpen && !panel.contains(event.target)) close.focus();
    });
  }

  /** On the bot's own page: the chat fills the element named by data-target. */
  function mountInline(selector) {
    injectStyles();
    var host = document.querySelector(selector);
    var status = document.querySelector(script.getAttribute('data-status') || '') || host.parentNode.insertBefore(element('p', { role: 'status' }), host);
    startChat(host, status, null);
  }

  function mount() {
    var target = script.getAttribute('data-target');
    if (target) mountInline(target);
    else mountLauncher();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
  else mount();
})();
