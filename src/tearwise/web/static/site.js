/* tearwise: quick exit, and navigation that leaves no trail in the back button.
 *
 * Plain forms and links work without this file. With it:
 * - "Leave this page", or pressing Shift three times, replaces the page with a neutral one
 *   (location.replace: no back-button entry) and the server forgets the session.
 * - Links and forms inside the app replace the current history entry instead of adding one,
 *   so after a quick exit the back button cannot lead back into the app.
 */
(function () {
  "use strict";
  var EXIT_URL = "/notes";
  var SHIFT_PRESSES = 3;
  var SHIFT_WINDOW_MS = 2000;

  function leave() {
    try {
      document.title = "Notes";
      document.body.hidden = true;
    } catch (e) { /* leave anyway */ }
    window.location.replace(EXIT_URL);
  }

  function sameOrigin(url) {
    try {
      return new URL(url, window.location.href).origin === window.location.origin;
    } catch (e) {
      return false;
    }
  }

  function showPage(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    document.title = doc.title;
    document.body.replaceWith(document.adoptNode(doc.body));
    var main = document.getElementById("main");
    if (main) { main.focus(); }
  }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) { return; }
    if (target.closest("[data-quick-exit]")) {
      event.preventDefault();
      leave();
      return;
    }
    var link = target.closest("a[href]");
    if (!link || event.defaultPrevented || event.button !== 0) { return; }
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) { return; }
    var href = link.getAttribute("href");
    if (!href || href.charAt(0) === "#" || link.target || !sameOrigin(link.href)) { return; }
    event.preventDefault();
    window.location.replace(link.href);
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement)) { return; }
    // Read attributes, not properties: a field named "action" would shadow form.action.
    var method = (form.getAttribute("method") || "get").toLowerCase();
    var action = new URL(form.getAttribute("action") || window.location.href, window.location.href);
    if (method !== "post" || !sameOrigin(action.href)) { return; }
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form, event.submitter || undefined));
    fetch(action.href, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" }
    }).then(function (response) {
      if (response.redirected && response.ok) {
        window.location.replace(response.url);
        return null;
      }
      return response.text().then(showPage);
    }).catch(function () {
      HTMLFormElement.prototype.submit.call(form);
    });
  });

  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      presses = [];
      return;
    }
    if (event.repeat) { return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < SHIFT_WINDOW_MS; });
    presses.push(now);
    if (presses.length >= SHIFT_PRESSES) {
      presses = [];
      leave();
    }
  });
})();
