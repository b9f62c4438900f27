// Live preview for the article editor: while the writer types, the body is sent to the server (the same renderer and
// sanitiser a save uses, ADR 0009) and the result shown below the form. Without JavaScript the Preview button does the
// same with a full page.
(function () {
  "use strict";
  var form = document.querySelector("form.article-editor");
  var region = document.getElementById("live-preview");
  if (!form || !region || !window.fetch) { return; }
  var body = form.querySelector("textarea[name='Input.Body']");
  var output = region.querySelector(".article-body");
  var timer = null;
  var pending = null;
  function render() {
    if (pending) { pending.abort(); }
    pending = new AbortController();
    output.setAttribute("aria-busy", "true");
    fetch(form.getAttribute("data-render-url"), { method: "POST", body: new FormData(form), signal: pending.signal, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        output.innerHTML = html; // already sanitised by the server
        output.setAttribute("aria-busy", "false");
        region.hidden = false;
      })
      .catch(function () { output.setAttribute("aria-busy", "false"); });
  }
  body.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(render, 400);
  });
  if (body.value.trim().length > 0) { render(); }
})();
